import type { FontSpec } from './fontMetrics';
import { measureText } from './measureText';

/**
 * Breaks `text` into lines no wider than `maxWidth` in the bundled font. These lines are drawn
 * as they are (one element per line, no browser wrapping), so the app, the exporters and the
 * CLI all show the same breaks. Breaks at spaces; a word too long for a line is broken after a
 * hyphen if it has one, else between characters.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    wrapParagraph(paragraph.replace(/[\t ]+/g, ' ').trim(), maxWidth, font, lines);
  }
  return lines;
}

function wrapParagraph(paragraph: string, maxWidth: number, font: FontSpec, out: string[]): void {
  if (paragraph === '') {
    out.push('');
    return;
  }
  const spaceWidth = measureText(' ', font);
  let line = '';
  let lineWidth = 0;
  for (const word of paragraph.split(' ')) {
    const wordWidth = measureText(word, font);
    if (line !== '' && lineWidth + spaceWidth + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    if (line !== '') out.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakLongWord(word, maxWidth, font);
    out.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    lineWidth = measureText(line, font);
  }
  out.push(line);
}

/** Splits a word wider than a line: after hyphens where possible, else by characters. */
function breakLongWord(word: string, maxWidth: number, font: FontSpec): string[] {
  const parts = word.split(/(?<=-)(?=\p{L})/u);
  const pieces: string[] = [];
  let current = '';
  for (const part of parts) {
    if (measureText(current + part, font) <= maxWidth) {
      current += part;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = '';
    for (const ch of part) {
      if (current !== '' && measureText(current + ch, font) > maxWidth) {
        pieces.push(current);
        current = '';
      }
      current += ch;
    }
  }
  pieces.push(current);
  return pieces;
}
