/**
 * Puts numbered section headings (`6. Neue ... Optionen`, `6.1. Kooperative
 * Verteidigungspolitik`) on a paragraph of their own. PDF extraction runs them into the text, and
 * a heading has no final period, so its end is found where the next sentence visibly begins: at a
 * capitalised closed-class word (`Sowohl`, `Bereits`, `Die`), which inside a heading would be
 * lowercase.
 */
import { isFunctionWord } from './germanWords';

const MAX_HEADING_WORDS = 12;

/** `6.`, `6.1`, `6.1.`: short numbers with a dot, not a year closing a sentence (`2001.`). */
const isSectionNumber = (token: string): boolean =>
  /^\d{1,2}(?:\.\d{1,2})*\.?$/u.test(token) && token.includes('.');

const endsSentence = (token: string | undefined): boolean =>
  token === undefined || /[.!?:»"”]$/u.test(token);

const startsSentence = (token: string): boolean =>
  /^\p{Lu}\p{Ll}*$/u.test(token) && isFunctionWord(token);

/** Where the heading starting at `i` ends (exclusive), or -1 if this is no heading. */
function headingEnd(tokens: readonly string[], i: number): number {
  if (!isSectionNumber(tokens[i] ?? '') || !endsSentence(tokens[i - 1])) return -1;
  if (!/^\p{Lu}/u.test(tokens[i + 1] ?? '')) return -1;
  for (let j = i + 1; j < tokens.length && j - i <= MAX_HEADING_WORDS + 1; j++) {
    const token = tokens[j] ?? '';
    if (j > i + 1 && startsSentence(token)) return j;
    if (/[.!?;:]/u.test(token)) return -1;
  }
  return tokens.length - i - 1 <= MAX_HEADING_WORDS ? tokens.length : -1;
}

/** Splits one paragraph into paragraphs so that every detected heading stands alone. */
export function splitHeadings(paragraph: string): { paragraphs: string[]; headings: string[] } {
  const tokens = paragraph.split(' ');
  const paragraphs: string[] = [];
  const headings: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const end = headingEnd(tokens, i);
    if (end === -1) {
      current.push(tokens[i] ?? '');
      i++;
      continue;
    }
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
    const heading = tokens.slice(i, end).join(' ');
    paragraphs.push(heading);
    // A heading that already is its own paragraph was not moved.
    if (i > 0 || end < tokens.length) headings.push(heading);
    i = end;
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return { paragraphs, headings };
}
