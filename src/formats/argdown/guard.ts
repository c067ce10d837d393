import { type IArgdownResponse, parser } from '@argdown/core';

/**
 * Guards against Argdown that `@argdown/core` would take seconds or minutes to read.
 *
 * Its lexer tries, at every `{`, `[`, `<`, `#(`, `/*` and `<!--`, a pattern that reads on to the
 * matching end; where there is none it reads to the end of the file (or line), fails, and tries
 * again one character later. So n openers that nothing closes cost n × the rest of the file:
 * 20,000 `{` take seconds. `readingHazard` walks the text as that lexer does (the tokens that
 * can hold other characters: data, comments, titles, links, tags, escapes) and adds up how far
 * the failing patterns read, without running Argdown.
 *
 * Its parser recovers from every syntax error by searching the tokens after it, again and
 * again: thousands of errors take seconds and overflow the stack. `withSyntaxErrorLimit` stops
 * it after `syntaxErrorLimit` errors.
 */

/** A place in the text and what to tell the user about it. */
export interface Hazard {
  offset: number;
  message: string;
}

type OpenerKey = '{' | '[' | '<' | '#(' | '/*' | '<!--' | '===';

interface OpenerInfo {
  /** What it starts, for the message. */
  what: string;
  /** Where Argdown looks for its end: on in the file, or on the same line only. */
  scope: 'file' | 'line';
  /** Cost of one character a failing pattern reads, relative (measured in Node 20). */
  weight: number;
}

const OPENERS: Record<OpenerKey, OpenerInfo> = {
  '{': { what: 'a data block', scope: 'file', weight: 24 },
  '[': { what: 'a statement title', scope: 'file', weight: 2 },
  '<': { what: 'an argument title', scope: 'line', weight: 2 },
  '#(': { what: 'a tag', scope: 'file', weight: 4 },
  '/*': { what: 'a comment', scope: 'file', weight: 16 },
  '<!--': { what: 'a comment', scope: 'file', weight: 10 },
  '===': { what: 'a front matter', scope: 'file', weight: 2 },
};

/**
 * About half a second of reading in Node 20 (`'{'.repeat(20_000)` costs 2.4e9 and takes 2.5 s).
 * Only failing patterns count: in a real file brackets are closed, and even a 10 MB export of
 * 2,000 long statements stays far below.
 */
export const READING_BUDGET = 300_000_000;

/** What failing patterns of one opener cost, and where the costliest failure starts. */
export interface Tally {
  opener: OpenerKey;
  cost: number;
  failures: number;
  worst: number;
  worstCost: number;
}

/** The opener that makes the text too slow to read, or undefined when it is fine. */
export function readingHazard(text: string, budget = READING_BUDGET): Hazard | undefined {
  const tallies = readingCost(text);
  const total = tallies.reduce((sum, t) => sum + t.cost, 0);
  if (total <= budget) return undefined;
  const t = tallies.reduce((a, b) => (b.cost > a.cost ? b : a));
  return { offset: t.worst, message: hazardMessage(t) };
}

function hazardMessage(t: Tally): string {
  const { what, scope } = OPENERS[t.opener];
  const where = scope === 'file' ? 'the rest of the file' : 'the rest of its line';
  const many = t.failures > 1;
  const count = many ? `each of ${t.failures} "${t.opener}" like this one` : `"${t.opener}"`;
  return (
    `"${t.opener}" starts ${what} that is not closed: Argdown would search ${where} for the ` +
    `end of ${count}, which takes too long. Close ${many ? 'them' : 'it'}, or write ` +
    `\\${t.opener[0]} where "${t.opener[0]}" is meant as text`
  );
}

/** How far Argdown's failing patterns read in the text, by opener (weighted characters). */
export function readingCost(text: string): Tally[] {
  const walk = new LexerWalk(text);
  walk.run();
  return walk.tallies();
}

/**
 * How many syntax errors to let Argdown's parser recover from. Each recovery searches the tokens
 * after the error, so the limit shrinks as the file grows: 100 in a small file, 10 in 100,000
 * characters, never fewer than 1. The file is refused either way, and the first errors are what
 * the user fixes.
 */
export function syntaxErrorLimit(textLength: number): number {
  return Math.max(1, Math.min(100, Math.floor(1_000_000 / Math.max(1, textLength))));
}

// ---------------------------------------------------------------------------------------------
// Walking the text as Argdown's lexer (@argdown/core, lexer.js) does

// Argdown's free text (`Freestyle`), which stops at the characters that may start a token.
const FREE_TEXT = /[^\\@#*_[\],.:</>(){}\r\n;-]+/y;
const SPACES = /[ \t]+/y;
const ONE_SPACE = /[ \t]?/y;
const ANY_SPACES = / */y;
// `A-z` as Argdown has it (it takes `[ \ ] ^ _` and the backtick too).
const TAG_WORD = /[a-zA-z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+/y;
// Relations, a heading, a premise's number, list items (after the indentation).
const LINE_START = /\+>|->|<\+|<-|><|_>|<_|\+|-|_(?=\s)|#+ |\(\d+\)|\d+\.(?=\s)|\*(?=\s)/y;
const EMPTY_LINES = /(?:[ \t]*(?:\r\n|\n)){2,}/y;
// What a comment takes after it (Argdown's lexer, `commentWith...Linebreak...Pattern`).
const BREAKS_AFTER_COMMENT = /(?:[ \t]*\r\n|\n|\r)*/y;
const BREAK_AFTER_COMMENT = /(?:[ \t]*(?:\r\n|\n|\r)(?![ \t]*(?:\r\n|\n|\r)))?/y;

/** What the lexer's custom patterns look back at: the file's start, a new line, an empty line. */
type LastToken = 'none' | 'new line' | 'empty line' | 'token';

/**
 * Visits the tokens that can hold other characters, in Argdown's order, and skips what they hold:
 * an opener inside data or a comment is never tried. Where a pattern fails, what it read is
 * wasted, and counted for its opener.
 */
class LexerWalk {
  private readonly n: number;
  private readonly find: Finders;
  private readonly costs = new Map<OpenerKey, Tally>();
  private pos = 0;
  /** The last token that counts for what may start a line (comments and spaces do not). */
  private last: LastToken = 'none';
  /** Between `--` and `--`: Argdown knows no titles, tags or mentions there. */
  private inference = false;

  constructor(private readonly text: string) {
    this.n = text.length;
    this.find = new Finders(text);
  }

  tallies(): Tally[] {
    return [...this.costs.values()];
  }

  run(): void {
    while (this.pos < this.n) {
      const start = this.pos;
      this.step();
      if (this.pos <= start) this.pos = start + 1; // always on
    }
  }

  private step(): void {
    const c = this.text[this.pos] as string;
    if (c === ' ' || c === '\t') this.spaces();
    else if (c === '\n' || c === '\r') this.lineBreak();
    else if (!this.skipped(c)) this.token(c);
  }

  /** Spaces are skipped, unless a line break follows: then they are part of it. */
  private spaces(): void {
    const end = this.after(SPACES);
    if (this.text[end] === '\n' || this.text[end] === '\r') this.lineBreak(end);
    else this.pos = end;
  }

  /** Two or more line breaks (blank lines between) are an empty line, else one is a new line. */
  private lineBreak(at = this.pos): void {
    const end = this.last === 'empty line' || this.inference ? this.pos : this.after(EMPTY_LINES);
    if (end === this.pos) this.newLine(at);
    else {
      this.pos = end;
      this.last = 'empty line';
    }
  }

  private newLine(at: number): void {
    this.pos = at + (this.text.startsWith('\r\n', at) ? 2 : 1);
    this.last = 'new line';
  }

  private token(c: string): void {
    const last = this.last;
    this.last = 'token';
    if (last !== 'token' && !this.inference && this.lineToken(last)) return;
    if (this.inference) this.inferenceToken(c);
    else this.defaultToken(c);
  }

  /** Comments: skipped tokens, which leave a line start a line start. */
  private skipped(c: string): boolean {
    const t = this.text;
    const p = this.pos;
    if (c === '/' && t[p + 1] === '*') return this.comment('/*', '*/');
    if (c === '<' && t.startsWith('<!--', p)) return this.comment('<!--', '-->');
    if (c === '/' && t[p + 1] === '/') {
      const end = this.find.lineEnd(p);
      if (t[end] === '\n' || t[end] === '\r') {
        this.pos = end;
        this.commentEnd();
        return true;
      }
    }
    return false;
  }

  /** After an empty line a comment takes the line breaks after it, after a new line one of them. */
  private commentEnd(): void {
    const pattern =
      this.last === 'empty line'
        ? BREAKS_AFTER_COMMENT
        : this.last === 'new line'
          ? BREAK_AFTER_COMMENT
          : undefined;
    if (pattern) this.pos = this.after(pattern);
  }

  /** A comment runs to its end, but not past U+2028 or U+2029 (its `.` does not take them). */
  private comment(open: '/*' | '<!--', close: string): boolean {
    const end = this.find.next(close, this.pos + open.length, open);
    const stop = this.find.paragraphSeparator(this.pos);
    if (end < this.n && end < stop) {
      this.pos = end + close.length;
      this.commentEnd();
      return true;
    }
    this.waste(open, Math.min(end, stop) - this.pos);
    return false;
  }

  /** Tokens at a line's start: relations, headings, numbers, an inference (not after an empty line). */
  private lineToken(last: LastToken): boolean {
    const t = this.text;
    const p = this.pos;
    if (last !== 'empty line' && t.startsWith('--', p)) {
      this.pos = p + 2;
      this.inference = true;
      return true;
    }
    const end = this.after(LINE_START);
    if (end === p) return false;
    this.pos = end;
    return true;
  }

  private inferenceToken(c: string): void {
    const t = this.text;
    if (c === '-' && t[this.pos + 1] === '-') {
      while (t[this.pos] === '-') this.pos++;
      this.inference = false;
    } else if (!this.common(c)) this.plain();
  }

  private defaultToken(c: string): void {
    if (this.common(c)) return;
    const done =
      (c === '=' && this.frontMatter()) ||
      (c === '[' && (this.link() || this.statementTitle())) ||
      (c === '<' && this.argumentTitle()) ||
      (c === '@' && this.mention()) ||
      (c === '#' && this.tag());
    if (!done) this.plain();
  }

  /** Tokens in both modes: data, escapes, shortcodes. */
  private common(c: string): boolean {
    if (c === '{') return this.data();
    if (c === '\\') {
      if (this.find.isLineBreak(this.pos + 1)) this.pos++;
      else this.endAt(this.pos + 2, ANY_SPACES); // an escape takes the spaces after it
      return true;
    }
    if (c === '.' || c === ':') {
      // `.name.` / `:name:` within a word
      const end = this.find.next(c, this.pos + 2, `special ${c}`);
      if (end < this.find.wordEnd(this.pos + 1)) {
        this.endAt(end + 1);
        return true;
      }
    }
    return false;
  }

  /** Free text runs to the next special character; a special one takes a space after it. */
  private plain(): void {
    const end = this.after(FREE_TEXT);
    if (end > this.pos) this.pos = end;
    else this.endAt(this.pos + 1);
  }

  /** A token ends at `at`, and takes what `after` (sticky) matches there: one space or tab. */
  private endAt(at: number, after: RegExp = ONE_SPACE): void {
    this.pos = at;
    this.pos = this.after(after);
  }

  /** Where `pattern` (sticky) matched from here ends, or here when it does not match. */
  private after(pattern: RegExp): number {
    pattern.lastIndex = this.pos;
    return pattern.test(this.text) ? pattern.lastIndex : this.pos;
  }

  /**
   * `{...}`: reads on until a `}` followed by a space and more text (or a line break other than
   * `\n`), then takes the last `}` before that which no `,` or `}` follows.
   */
  private data(): boolean {
    const p = this.pos;
    const stop = this.find.dataStop(p + 1);
    const close = this.find.lastDataClose(p + 1, stop);
    if (close > p) {
      this.pos = close + 1;
      return true;
    }
    this.waste('{', stop - p);
    return false;
  }

  private frontMatter(): boolean {
    const t = this.text;
    const p = this.pos;
    if (!t.startsWith('===', p)) return false;
    let open = p;
    while (t[open] === '=') open++;
    const close = this.find.next('===', open, 'front matter');
    if (close < this.n) {
      let end = close;
      while (t[end] === '=') end++;
      this.pos = end;
      return true;
    }
    if (open - p >= 6) {
      this.pos = open;
      return true;
    }
    this.waste('===', this.n - p);
    return false;
  }

  /** `[text](url)`: across lines to the first `]`, then `(` and on to the first `)`. */
  private link(): boolean {
    const p = this.pos;
    if (this.text[p + 1] === ']') return false;
    const close = this.find.next(']', p + 1, 'link');
    if (this.text[close + 1] !== '(' || this.text[close + 2] === ')') {
      this.waste('[', close - p);
      return false;
    }
    const url = this.find.next(')', close + 2, 'link url');
    if (url < this.n) {
      this.endAt(url + 1);
      return true;
    }
    this.waste('[', url - p);
    return false;
  }

  /** `[title]:` or `[title]` on the line. */
  private statementTitle(): boolean {
    return this.title('[', ']');
  }

  private argumentTitle(): boolean {
    return this.title('<', '>');
  }

  /** `[title]:` (`<title>:`), else `[title]` (`<title>`), on the line; not `[-`. */
  private title(open: '[' | '<', close: string): boolean {
    const t = this.text;
    const p = this.pos;
    const lineEnd = this.find.lineEnd(p);
    const definition = this.find.next(`${close}:`, p + 2, `${open} definition`);
    if (definition < lineEnd) {
      this.pos = definition + 2;
      return true;
    }
    this.waste(open, lineEnd - p);
    const second = t[p + 1];
    if (second === undefined || second === '-') return false;
    const refEnd = this.find.lineEnd(p + 2);
    const reference = this.find.next(close, p + 2, `${open} reference`);
    if (reference < refEnd) {
      this.pos = reference + 1;
      return true;
    }
    this.waste(open, refEnd - p);
    return false;
  }

  /** `@[title]`, `@<title>` on the line. */
  private mention(): boolean {
    const t = this.text;
    const p = this.pos;
    const open = t[p + 1];
    if (open !== '[' && open !== '<') return false;
    const lineEnd = this.find.lineEnd(p);
    const end = this.find.next(open === '[' ? ']' : '>', p + 3, `mention ${open}`);
    if (end < lineEnd) {
      this.endAt(end + 1);
      return true;
    }
    this.waste(open, lineEnd - p);
    return false;
  }

  /** `#(tag words)` across lines to the first `)`, or `#word`. */
  private tag(): boolean {
    const t = this.text;
    const p = this.pos;
    if (t[p + 1] === '(' && t[p + 2] !== ')') {
      const end = this.find.next(')', p + 2, 'tag');
      if (end < this.n) {
        this.endAt(end + 1);
        return true;
      }
      this.waste('#(', this.n - p);
    }
    TAG_WORD.lastIndex = p + 1;
    if (!TAG_WORD.test(t)) return false;
    this.endAt(TAG_WORD.lastIndex);
    return true;
  }

  private waste(opener: OpenerKey, length: number): void {
    const cost = Math.max(0, length) * OPENERS[opener].weight;
    const tally = this.costs.get(opener) ?? {
      opener,
      cost: 0,
      failures: 0,
      worst: this.pos,
      worstCost: -1,
    };
    tally.cost += cost;
    tally.failures++;
    if (cost > tally.worstCost) {
      tally.worst = this.pos;
      tally.worstCost = cost;
    }
    this.costs.set(opener, tally);
  }
}

// Line breaks as a regex `.` sees them; the data pattern's stop (see `dataStop`).
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const WHITE_SPACE = /\s/g;
const SPACE_CHAR = /\s/;
const SEPARATOR = /[\u2028\u2029]/g;
const DATA_STOP = /\}\s[^,}]|[\r\u2028\u2029]/g;

/**
 * Forward searches that remember their last answer. The walk asks from ever later places, so
 * each search goes on where the last one stopped and all of them together read the text once.
 */
class Finders {
  private readonly n: number;
  private readonly memo = new Map<string, { from: number; found: number }>();
  /** For `lastDataClose`: how far `}` were looked at, and the last one that can end data. */
  private closeScan = 0;
  private lastClose = -1;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  /** The first `needle` at or after `from`, or the text's length. `key` names the caller. */
  next(needle: string, from: number, key: string): number {
    return this.remembered(key, from, (f, to) => {
      const at = this.text.slice(f, to + needle.length - 1).indexOf(needle);
      return at < 0 ? -1 : f + at;
    });
  }

  /** Where the line of `at` ends: its line break (as a regex `.` sees them) or the text's end. */
  lineEnd(at: number): number {
    return this.remembered('line end', at, (f, to) => this.search(LINE_BREAK, f, to));
  }

  /** Where the word (no white space) from `at` ends. */
  wordEnd(at: number): number {
    return this.remembered('word end', at, (f, to) => this.search(WHITE_SPACE, f, to));
  }

  /** The first U+2028 or U+2029 at or after `at`, or the text's length. */
  paragraphSeparator(at: number): number {
    return this.remembered('separator', at, (f, to) => this.search(SEPARATOR, f, to));
  }

  isLineBreak(at: number): boolean {
    const c = this.text[at];
    return c === undefined || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
  }

  /** Where Argdown's data pattern stops reading: `}\s[^,}]`, or a line break `(.|\n)` skips. */
  dataStop(at: number): number {
    return this.remembered('data stop', at, (f, to) => this.search(DATA_STOP, f, to, 2));
  }

  /** The last `}` in (from, stop] (or before `stop` when it is a line break) that ends data. */
  lastDataClose(from: number, stop: number): number {
    const limit = this.text[stop] === '}' ? stop : stop - 1;
    if (this.closeScan > limit + 1) {
      // Asked about an earlier stretch (never happens in one walk): look again from `from`.
      this.closeScan = from;
      this.lastClose = -1;
    }
    // From brace to brace (indexOf): a loop over every character took a quarter second on a
    // file of 1000 statements before the code was compiled.
    for (;;) {
      const at = this.text.indexOf('}', this.closeScan);
      if (at < 0 || at > limit) break;
      if (this.endsData(at)) this.lastClose = at;
      this.closeScan = at + 1;
    }
    this.closeScan = Math.max(this.closeScan, limit + 1);
    return this.lastClose >= from ? this.lastClose : -1;
  }

  /** `}` not followed by white space and `,` or `}`. */
  private endsData(at: number): boolean {
    let p = at + 1;
    while (p < this.n && SPACE_CHAR.test(this.text[p] as string)) p++;
    const next = this.text[p];
    return next !== ',' && next !== '}';
  }

  /** The first match of `pattern` (global, `reach` characters long at most) in [from, to), or -1. */
  private search(pattern: RegExp, from: number, to: number, reach = 0): number {
    pattern.lastIndex = from;
    const m = pattern.exec(this.text.slice(0, Math.min(this.n, to + reach)));
    return m && m.index < to ? m.index : -1;
  }

  /**
   * `find(from, to)` (the first match in [from, to), or -1), remembered under `key`: between the
   * last start and the last answer there is nothing, so only the gap before is searched again.
   */
  private remembered(
    key: string,
    from: number,
    find: (from: number, to: number) => number,
  ): number {
    const last = this.memo.get(key);
    if (last && from >= last.from && from <= last.found) return last.found;
    if (last && from < last.from) {
      const before = find(from, last.from);
      return before >= 0 ? before : last.found;
    }
    const at = find(from, this.n);
    const found = at < 0 ? this.n : at;
    this.memo.set(key, { from, found });
    return found;
  }
}

// ---------------------------------------------------------------------------------------------
// Limiting the parser's error recovery

/** A syntax error as Argdown's parser (chevrotain) reports it. */
type ParserError = NonNullable<IArgdownResponse['parserErrors']>[number];

/** Thrown from inside Argdown's parser once it has recovered from `limit` syntax errors. */
export class TooManySyntaxErrors extends Error {
  constructor(readonly errors: ParserError[]) {
    super(`stopped after ${errors.length} syntax errors`);
    this.name = 'TooManySyntaxErrors';
  }
}

interface ErrorSaver {
  SAVE_ERROR?: (error: ParserError) => ParserError;
  errors: ParserError[];
}

/**
 * Runs `run` (which parses with Argdown) so that the parser stops at the `limit`-th syntax
 * error with `TooManySyntaxErrors`. Chevrotain hands every error to the parser's `SAVE_ERROR`
 * and lets exceptions of other kinds through; the parser is Argdown's one shared instance, so
 * its own method is put back at once.
 */
export function withSyntaxErrorLimit<T>(limit: number, run: () => T): T {
  const target = parser as unknown as ErrorSaver;
  const save = target.SAVE_ERROR;
  if (typeof save !== 'function') return run(); // another chevrotain: no limit, but no harm
  const own = Object.getOwnPropertyDescriptor(target, 'SAVE_ERROR');
  let count = 0;
  target.SAVE_ERROR = function (this: ErrorSaver, error) {
    // Unwinding after the stop, the parser would still report the input it did not read.
    if (count >= limit) return error;
    const saved = save.call(this, error);
    count++;
    if (count >= limit) throw new TooManySyntaxErrors(this.errors);
    return saved;
  };
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(target, 'SAVE_ERROR', own);
    else Reflect.deleteProperty(target, 'SAVE_ERROR');
  }
}
