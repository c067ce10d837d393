/**
 * Turns PDF-extracted German text into clean text. Pure: no DOM, no Node, runs anywhere.
 *
 * The clean text keeps every letter and digit of the input in order (minus a detected page
 * footer); only whitespace and debris hyphens change. Steps:
 * 1. normalise whitespace: blank lines separate paragraphs, single newlines are soft wraps,
 *    soft hyphens (U+00AD) vanish, `-` at a line end becomes a debris hyphen;
 * 2. take a glued page footer off the end (`229 Running Title`), returned as metadata;
 * 3. apply the per-document join list (`options.joins`) for splits no rule can decide;
 * 4. line-break hyphens ` - ` (joinLineBreakHyphens);
 * 5. syllable spaces (joinSyllables): linking-s heads, noun suffixes, open syllables next to
 *    fragments, and joins the same document spells solid elsewhere;
 * 6. numbered section headings go on a paragraph of their own.
 */
import { takeFooter } from './footer';
import { splitHeadings } from './headings';
import { applyJoinList } from './joinList';
import type { CleanEdit, CleanOptions, CleanResult, Footer } from './types';
import { editsOf, joinLineBreakHyphens, joinSyllables, vocabularyOf } from './wordJoins';

export { lettersAndDigits, parseJoinRules } from './joinList';
export type { CleanEdit, CleanOptions, CleanResult, EditRule, Footer, JoinRule } from './types';

/** Paragraphs of single-spaced tokens; line-end hyphens between letters become ` - ` debris. */
function normalise(raw: string): string[] {
  const text = raw
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200B\uFEFF]/gu, '')
    .replace(/\u00AD\s*/gu, '')
    .replace(/[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, ' ');
  return text
    .split(/\n[ ]*\n/u)
    .map((p) =>
      p
        .replace(/(\p{L})-[ ]*\n[ ]*(?=\p{L})/gu, '$1 - ')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .filter((p) => p !== '');
}

/** Cleans PDF-extracted text; see the module comment for the rules. */
export function cleanText(raw: string, options: CleanOptions = {}): CleanResult {
  const edits: CleanEdit[] = [];
  let paragraphs = normalise(raw);

  let footer: Footer | undefined;
  const last = paragraphs.at(-1);
  if (last !== undefined && options.detectFooter !== false) {
    const split = takeFooter(last, paragraphs.length > 1);
    if (split.footer !== undefined) {
      footer = split.footer;
      edits.push({ rules: ['footer'], from: split.raw ?? '', to: '' });
      paragraphs = [...paragraphs.slice(0, -1), split.body].filter((p) => p !== '');
    }
  }

  const listed = applyJoinList(paragraphs, options.joins ?? []);
  edits.push(...listed.edits);

  const hyphenJoined = listed.paragraphs.map((p) => joinLineBreakHyphens(p.split(' ')));
  const vocabulary = vocabularyOf(hyphenJoined.flat());
  if (footer !== undefined) {
    for (const word of footer.runningTitle.split(' ')) vocabulary.add(word.replace(/-$/u, ''));
  }
  const words = hyphenJoined.map((p) => joinSyllables(p, vocabulary));
  edits.push(...editsOf(words.flat()));

  const out: string[] = [];
  for (const paragraph of words) {
    const { paragraphs: parts, headings } = splitHeadings(paragraph.map((w) => w.text).join(' '));
    out.push(...parts);
    for (const heading of headings) edits.push({ rules: ['heading'], from: heading, to: heading });
  }

  const result: CleanResult = { text: out.join('\n\n'), edits, warnings: listed.warnings };
  if (footer !== undefined) result.footer = footer;
  return result;
}
