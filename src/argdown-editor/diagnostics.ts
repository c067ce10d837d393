import type { Diagnostic } from '@codemirror/lint';
import type { MapIssue } from '../model/types';

// How fromArgdown locates an issue (its `locate` function); lines and columns count from 1.
const LOCATION = /^line (\d+), column (\d+)$/;
// The line breaks CodeMirror splits on. Its document counts each as one character, so a
// Windows `\r\n` must not shift the offsets of the lines after it.
const LINE_BREAK = /\r\n|\r|\n/;
const CLOSING: Record<string, string> = { '[': ']', '<': '>', '{': '}', '(': ')' };

/**
 * An import issue as an editor diagnostic over the text it was found in: from its line and
 * column to the end of the token there (a whole `[title]` or `{data}`), or the whole line when
 * the column is past its end or the line is out of range (then the last line). An issue without
 * a line and column covers the first line; its path, such as `nodes[3].text`, stays in the message.
 */
export function issueToDiagnostic(
  text: string,
  issue: MapIssue,
  severity: 'error' | 'warning',
): Diagnostic {
  const { lines, starts } = lineIndex(text);
  const at = LOCATION.exec(issue.path.trim());
  const message = at || issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
  const wanted = at ? Number(at[1]) : 1;
  const lineNumber = Math.min(Math.max(wanted, 1), lines.length);
  const line = lines[lineNumber - 1] ?? '';
  const start = starts[lineNumber - 1] ?? 0;
  // A column only means something on the line it was counted on.
  const column = at && wanted === lineNumber ? Number(at[2]) - 1 : -1;
  const inLine = column >= 0 && column < line.length;
  return {
    from: start + (inLine ? column : 0),
    to: start + (inLine ? tokenEnd(line, column) : line.length),
    severity,
    message,
    source: 'Argdown',
  };
}

/**
 * Diagnostics kept inside a document of `length` characters: ones computed for an older text
 * could otherwise point past its end, which CodeMirror refuses.
 */
export function clampDiagnostics(diagnostics: readonly Diagnostic[], length: number): Diagnostic[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  return diagnostics.map((d) => {
    const from = clamp(d.from);
    return from === d.from && d.to === clamp(d.to) && d.to >= from
      ? d
      : { ...d, from, to: Math.max(from, clamp(d.to)) };
  });
}

function tokenEnd(line: string, column: number): number {
  const close = CLOSING[line[column] as string];
  const closeAt = close === undefined ? -1 : line.indexOf(close, column + 1);
  if (closeAt >= 0) return closeAt + 1;
  if (/\s/.test(line[column] as string)) return line.length;
  const word = /\S+/y;
  word.lastIndex = column;
  return column + (word.exec(line)?.[0].length ?? 1);
}

// The lines of the last text, kept because one import reports many issues for the same text.
let cached: { text: string; lines: string[]; starts: number[] } | undefined;

function lineIndex(text: string): { lines: string[]; starts: number[] } {
  if (cached?.text !== text) {
    const lines = text.split(LINE_BREAK);
    const starts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      starts.push(offset);
      offset += line.length + 1;
    }
    cached = { text, lines, starts };
  }
  return cached;
}
