/** Where something stands in the Argdown text, as Argdown's tokens and model elements say it. */
export interface Position {
  startLine?: number | undefined;
  startColumn?: number | undefined;
}

export function isLine(line: number | undefined): line is number {
  return line !== undefined && Number.isFinite(line);
}

/** `line 12, column 5`, or '' when the position is unknown. */
export function locate(at: Position | undefined): string {
  if (!isLine(at?.startLine)) return '';
  const column = at?.startColumn;
  return `line ${at?.startLine}, column ${column !== undefined && Number.isFinite(column) ? column : 1}`;
}

/** Orders by line and column; no position comes first. */
export function compareAt(a: Position | undefined, b: Position | undefined): number {
  const line = (p: Position | undefined) => (isLine(p?.startLine) ? p.startLine : 0);
  const column = (p: Position | undefined) => p?.startColumn ?? 0;
  return line(a) - line(b) || column(a) - column(b);
}

export function positionAt(input: string, offset: number): Position {
  const before = input.slice(0, offset).split(/\r\n|\r|\n|\u2028|\u2029/);
  return { startLine: before.length, startColumn: (before.at(-1)?.length ?? 0) + 1 };
}

/** One line of at most `max` characters, for quoting source or text in a message. */
export function excerpt(text: string, max = 60): string {
  const line = text.split(/\r\n|\r|\n|\u2028|\u2029/).find((l) => l.trim() !== '') ?? '';
  const flat = line.replace(/\s+/g, ' ').trim();
  const more = flat.length > max || text.trim() !== line.trim();
  if (flat.length <= max) return more ? `${flat}…` : flat;
  // At a space where there is one near the end, and never inside a surrogate pair.
  let cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
