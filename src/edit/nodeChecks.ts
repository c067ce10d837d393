import type { ArgumentMap, NodeKind, Quote } from '../model/types';

// The schema's limit; a longer text would make the saved file unreadable.
export const MAX_TEXT = 5000;

const ARTICLE: Record<NodeKind, string> = {
  conclusion: 'a conclusion',
  claim: 'a claim',
  premise: 'a premise',
  objection: 'an objection',
  question: 'a question',
};

/** The node text as stored (trimmed), or why it cannot be stored. */
export function checkText(kind: NodeKind, text: string): { text: string } | { message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { message: `${ARTICLE[kind] ?? 'a node'} needs some text` };
  if (trimmed.length > MAX_TEXT) {
    return { message: `the text is longer than ${MAX_TEXT} characters (${trimmed.length})` };
  }
  return { text: trimmed };
}

export function checkGloss(gloss: string): { gloss: string } | { message: string } {
  const trimmed = gloss.trim();
  if (trimmed.length > MAX_TEXT) {
    return { message: `the gloss is longer than ${MAX_TEXT} characters (${trimmed.length})` };
  }
  return { gloss: trimmed };
}

/** A quote must be exactly the words at its place in the source, or highlighting lies. */
export function quoteProblem(map: ArgumentMap, quote: Quote): string | undefined {
  const { start, end, text } = quote;
  const length = map.source.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    return 'a quote must cover at least one character of the source text';
  }
  if (end > length) return `the quote reaches past the end of the source text (${length})`;
  if (map.source.text.slice(start, end) !== text) {
    return 'the quoted words differ from the source text at that place';
  }
  return undefined;
}

export function sameQuote(a: Quote | undefined, b: Quote | undefined): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end && a.text === b.text);
}
