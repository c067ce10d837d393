/**
 * Rebuilds words that PDF extraction split apart. Two passes over the tokens of a paragraph:
 * 1. line-break hyphens, extracted with spaces around them (`kön - nen`);
 * 2. syllable spaces left where soft hyphens were (`po li ti`, `Sicherheits politik`).
 * Every word remembers the raw span it came from and the rules that built it, so each join
 * can be reviewed.
 */
import {
  isFunctionWord,
  SHORT_WORDS,
  SUSPENSION_CONJUNCTIONS,
  WORD_INITIAL_SYLLABLES,
} from './germanWords';
import type { CleanEdit, EditRule } from './types';

/** A word being rebuilt from the pieces the PDF split it into. */
export type Word = {
  text: string;
  /** The raw span, debris included (`Koordina - tions instanz`). */
  raw: string;
  /** The letters of each raw token that went into the word (`Koor`, `di`, `na`, `tions`). */
  pieces: string[];
  rules: EditRule[];
};

const leadingLetters = (s: string): string => /^\p{L}+/u.exec(s)?.[0] ?? '';
const trailingLetters = (s: string): string => /\p{L}+$/u.exec(s)?.[0] ?? '';
const core = (s: string): string => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * No word grows longer than this by joining: no German word comes near it, and a longer run is
 * debris (a table, a row of syllables) that the rules would otherwise glue on and on, reading the
 * whole growing word at every step (time quadratic in its length: 80,000 characters of
 * `po li ti ` took 25 s).
 */
const MAX_JOINED = 100;

/** The extracted forms a hyphen takes when it stands alone between two words. */
const isDebrisHyphen = (token: string): boolean => token === '-' || token === '\u2010';

const newWord = (token: string): Word => ({
  text: token,
  raw: token,
  pieces: [core(token)],
  rules: [],
});

const merge = (a: Word, b: Word, glue: string, rawGlue: string, rule: EditRule): Word => ({
  text: a.text + glue + b.text,
  raw: a.raw + rawGlue + b.raw,
  pieces: [...a.pieces, ...b.pieces],
  rules: [...a.rules, rule, ...b.rules],
});

/**
 * Pass 1: `a - b`. A lowercase continuation means the hyphen only broke the line (join);
 * an uppercase one, or an acronym before it (`EU - weit`), means a real hyphen that happened to
 * fall at the line end; a coordinator after it (`Friedens - und`) means a suspended compound.
 */
export function joinLineBreakHyphens(tokens: readonly string[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const prev = out.at(-1);
    const next = tokens[i + 1];
    if (
      !isDebrisHyphen(token) ||
      prev === undefined ||
      next === undefined ||
      prev.text.length > MAX_JOINED ||
      !/\p{L}$/u.test(prev.text) ||
      !/^\p{L}/u.test(next)
    ) {
      out.push(newWord(token));
      continue;
    }
    const nextLetters = leadingLetters(next);
    const acronymBefore = /^\p{Lu}{2,}$/u.test(trailingLetters(prev.text));
    if (/^\p{Lu}/u.test(next) || acronymBefore) {
      out[out.length - 1] = merge(prev, newWord(next), '-', ' - ', 'real-hyphen');
      i++;
    } else if (SUSPENSION_CONJUNCTIONS.has(nextLetters) && core(next) === nextLetters) {
      // Keep the hyphen on the first part; the coordinator stays a word of its own.
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text}-`,
        raw: `${prev.raw} -`,
        rules: [...prev.rules, 'suspended-compound'],
      };
    } else {
      out[out.length - 1] = merge(prev, newWord(next), '', ' - ', 'line-break-hyphen');
      i++;
    }
  }
  return out;
}

/**
 * A compound head ending in a linking `s` after a feminine suffix (`Sicherheits`, `Bedeutungs`,
 * `Koordinations`). Those nouns take no genitive `-s`, so the form only exists inside a compound
 * and a lowercase word after it is the rest of that compound. Two letters of stem at least, so
 * that `Jungs` is not a head.
 */
const LINKING_HEAD = /\p{L}{2}(?:ung|heit|keit|schaft|ion|tät)s$/u;

/**
 * A lowercase token carrying a noun suffix (`barkeit`, `ration`, `instanz`): German nouns are
 * capitalised, so it cannot be a word of its own and belongs to the word before it. `ung`, `anz`
 * and `enz` need two letters of stem, so that `jung` and `ganz` stay words. A linking form
 * counts only bare (`heits`): with a stem (`verteidigungs-`) it heads a lowercase compound.
 */
const NOUN_TAIL =
  /^(?:\p{Ll}*(?:heit|keit|schaft|tion|sion|ität)(?:en)?|\p{Ll}{2,}(?:ung|anz|enz)(?:en)?|(?:heit|keit|schaft|tion|sion|ität|ung)s)$/u;

/**
 * English gerunds (`peacekeeping`): an English phrase (`United Nations peacekeeping mission`)
 * has the shapes of the rules above but is no split German word.
 */
const ENGLISH_GERUND = /\p{L}{3}ing$/u;

/** A lowercase 2-3 letter piece that is no word: a syllable left over from a soft hyphen. */
export const isFragment = (piece: string | undefined): boolean =>
  piece !== undefined && /^\p{Ll}{2,3}$/u.test(piece) && !SHORT_WORDS.has(piece);

/** Which rule, if any, says the space between `prev` and `next` is inside one word. */
function spaceJoinRule(prev: Word, next: Word, vocabulary: ReadonlySet<string>) {
  if (prev.text.length > MAX_JOINED) return undefined;
  const left = trailingLetters(prev.text);
  const right = leadingLetters(next.text);
  // Continuations are lowercase and touch letters on both sides; punctuation is a word boundary.
  if (left === '' || !/^\p{Ll}/u.test(right)) return undefined;
  if (isFunctionWord(left) || isFunctionWord(right)) return undefined;
  if (ENGLISH_GERUND.test(left) || ENGLISH_GERUND.test(right)) return undefined;

  if (LINKING_HEAD.test(left) && right.length >= 2) return 'linking-s';
  if (NOUN_TAIL.test(right)) return 'noun-suffix';

  // A word ending in an open syllable (a, i, o, u; not e, which ends countless words) next to a
  // fragment: the fragment is its continuation (`Koordi na`, `vertei di`, `Kernfunktio nen`).
  // A prefix such as `ver` or `be` after it starts a new word instead.
  const firstPiece = next.pieces[0];
  const rightIsFragment = isFragment(firstPiece) && !WORD_INITIAL_SYLLABLES.has(firstPiece ?? '');
  if (/[aiouyäöü]$/u.test(left) && (isFragment(prev.pieces.at(-1)) || rightIsFragment)) {
    return 'open-syllable';
  }

  // The same document spells the joined form solid elsewhere (`Klein staaten` vs `Kleinstaaten`).
  if (vocabulary.has(left + right)) return 'same-document';
  return undefined;
}

/** Pass 2: glue tokens across the spaces that the rules above identify as syllable breaks. */
export function joinSyllables(words: readonly Word[], vocabulary: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    const prev = out.at(-1);
    const rule = prev === undefined ? undefined : spaceJoinRule(prev, word, vocabulary);
    if (prev !== undefined && rule !== undefined) {
      out[out.length - 1] = merge(prev, word, '', ' ', rule);
    } else {
      out.push(word);
    }
  }
  return out;
}

/** The solid word forms a document contains, including hyphen parts, to back `same-document`. */
export function vocabularyOf(words: Iterable<Word>): Set<string> {
  const vocabulary = new Set<string>();
  for (const word of words) {
    const solid = core(word.text);
    if (solid === '') continue;
    vocabulary.add(solid);
    for (const part of solid.split('-')) if (part !== '') vocabulary.add(part);
  }
  return vocabulary;
}

/** One edit per word that any rule changed. */
export function editsOf(words: Iterable<Word>): CleanEdit[] {
  const edits: CleanEdit[] = [];
  for (const word of words) {
    if (word.rules.length > 0) edits.push({ rules: word.rules, from: word.raw, to: word.text });
  }
  return edits;
}
