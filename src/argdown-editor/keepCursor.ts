/**
 * The smallest change that turns `doc` into `value`: the common start and end stay, only the
 * middle is replaced. Replacing just the middle keeps the cursor (and the scroll position)
 * where it was when the text is updated from outside, for example by an undo in the app.
 * Line breaks are compared as CodeMirror stores them (`\n`), so a text with Windows line
 * breaks is not a change. Returns null when there is nothing to change.
 */
export function minimalChange(
  doc: string,
  value: string,
): { from: number; to: number; insert: string } | null {
  const next = value.replace(/\r\n?/g, '\n');
  if (next === doc) return null;
  const max = Math.min(doc.length, next.length);
  let start = 0;
  while (start < max && doc.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    doc.charCodeAt(doc.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  // Never split a surrogate pair: the change would insert half a character.
  if (start > 0 && isHighSurrogate(doc.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(doc.charCodeAt(doc.length - end))) end--;
  return { from: start, to: doc.length - end, insert: next.slice(start, next.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
