import { excerpt } from './position';

/**
 * Argdown's syntax errors in plain words. Its parser reports what token it expected
 * (`Expecting token of type --> EOF <-- but found --> '# ' <--`); the usual causes in real
 * files are a missing empty line, Markdown's `---` front matter and Argdown+, said here.
 */
export interface SyntaxErrorAt {
  line: number;
  column: number;
  message: string;
}

// Relation symbols of Argdown+, an extension with more kinds of relations.
const ARGDOWN_PLUS = /^(?:!>|\?>|=>|:>|~=|<@|%>|>>|<!|<\?|<=|<:|<%)/;
const HEADING = /^\s*#+\s/;
const RELATION = /^(?:\+>|->|<\+|<-|><|_>|<_|\+|-)$/;
const EXPECTING_EOF =
  /^(?:Expecting token of type --> EOF <-- but found --> '([\s\S]*)' <--|Redundant input, expecting EOF but found: ([\s\S]*))$/;
const EXPECTING = /^Expecting (?:token of type )?--> ([^\n]*?) <-- but found --> '([\s\S]*)' <--$/;
const EXPECTING_ONE_OF = /^Expecting: [\s\S]*but found: '([\s\S]*)'$/;

/** The line `syntax: argdown+` in the front matter, if the file declares Argdown+. */
export function argdownPlusLine(input: string): number | undefined {
  const lines = input.split(/\r\n|\r|\n/);
  if (!/^\uFEFF?===\s*$/.test(lines[0] ?? '')) return undefined;
  for (let i = 1; i < lines.length && !/^===\s*$/.test(lines[i] ?? ''); i++) {
    if (/^\s*syntax:\s*["']?argdown\+/.test(lines[i] ?? '')) return i + 1;
  }
  return undefined;
}

export function explainSyntaxError(input: string, e: SyntaxErrorAt): string {
  const lines = input.split(/\r\n|\r|\n/);
  const line = lines[e.line - 1] ?? '';
  const before = e.line >= 2 ? (lines[e.line - 2] ?? '') : '';
  const found = sourceAt(line, e.column);
  const quoted = `"${excerpt(line.slice(e.column - 1), 40)}"`;
  if (
    e.line === 1 &&
    /^\uFEFF?---\s*$/.test(line) &&
    lines.slice(1).some((l) => /^---\s*$/.test(l))
  ) {
    return 'the file starts with "---": front matter in Argdown is written between "===" lines, not "---" (as in Markdown)';
  }
  if (e.line > 1 && /^===\s*$/.test(line)) {
    return 'front matter ("===") is only allowed at the very start of the file';
  }
  // Argdown may stop at the symbol or at what follows it.
  const plus = [found, line.trim()].find((s) => ARGDOWN_PLUS.test(s));
  if (plus !== undefined) {
    return `"${excerpt(sourceAt(plus, 1))}" is Argdown+ syntax, which this app does not read: only standard Argdown is supported`;
  }
  const eof = EXPECTING_EOF.exec(e.message);
  if (eof) {
    if ((eof[1] ?? eof[2]) === '' || line.trim() === '') return lineUnreadable(line);
    const startsLine = line.slice(0, e.column - 1).trim() === '';
    if (startsLine && before.trim() !== '') {
      if (HEADING.test(line) && HEADING.test(before)) {
        return `two headings on consecutive lines (${e.line - 1} and ${e.line}): Argdown needs an empty line after a heading`;
      }
      if (HEADING.test(before)) {
        return `${quoted} follows a heading directly: Argdown needs an empty line after a heading`;
      }
      return `${quoted} starts a new element, but the line before is not empty: put an empty line between them, or make it a relation (indented, after + or -)`;
    }
    return `Argdown cannot read ${quoted} here`;
  }
  const expecting = EXPECTING.exec(e.message);
  if (expecting) {
    const names = [...(expecting[1] ?? '').matchAll(/\(([^)]+)\)/g)].map((m) => m[1]);
    const what = (names.at(-1) ?? expecting[1] ?? '').toLowerCase();
    const not = expecting[2] ? `, not "${excerpt(expecting[2], 40)}"` : '';
    if (what === 'statement number') {
      return `Argdown expected a numbered statement ("(2) …") here${not}: an inference line is followed by its conclusion`;
    }
    return `Argdown expected ${what} here${not}`;
  }
  const oneOf = EXPECTING_ONE_OF.exec(e.message);
  if (oneOf) {
    const expected = [...e.message.matchAll(/\[(\S+) \(/g)].map((m) => m[1] ?? '');
    if (expected.length > 0 && expected.every((t) => RELATION.test(t))) {
      return `${quoted} is indented under the line before, so Argdown reads it as a relation, which starts with a relation symbol (+, -, <+, <-, ><, _>, <_)`;
    }
    const what = expected.length > 0 ? `: Argdown expects one of ${expected.join(' ')} here` : '';
    return `Argdown cannot read "${excerpt(oneOf[1] ?? found)}"${what}`;
  }
  // Argdown's own messages are in words; only a quoted piece of source is cut to one line.
  return e.message
    .replace(/'([^']*\n[^']*|[^']{61,})'/g, (_all, s: string) => `'${excerpt(s)}'`)
    .replace(/\s*\n\s*/g, ' ');
}

/** Argdown stopped at a token without text (an indentation or a line's end). */
function lineUnreadable(line: string): string {
  if (line.trim() === '') {
    return 'Argdown cannot read on from here: check the indentation and the empty lines before';
  }
  return `Argdown cannot read the line "${excerpt(line.trim(), 40)}" as it stands: check its indentation and the empty lines around it`;
}

/** The run of non-space characters at a column (the token Argdown stopped at). */
function sourceAt(line: string, column: number): string {
  const rest = line.slice(Math.max(0, column - 1));
  return /^\S+/.exec(rest)?.[0] ?? rest.trim();
}
