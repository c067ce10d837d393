import type { ArgumentNode, Quote } from '../model/types';

/**
 * Moves quotes along when the source text changes. Text before the changed stretch keeps its
 * offsets, text after it shifts by the change in length; a quote touching the changed stretch
 * is searched for, taking the occurrence nearest its old place (a revised text mostly keeps
 * passages where they were). `locateQuotes` in the model accepts only a unique occurrence and
 * keeps stale offsets otherwise, which suits loading a file but not editing one.
 */
export function relocateQuotes(
  nodes: readonly ArgumentNode[],
  before: string,
  after: string,
): { nodes: ArgumentNode[]; lost: string[] } {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const shift = after.length - before.length;
  const lost: string[] = [];
  const next = nodes.map((node) => {
    if (!node.quote) return node;
    const q = node.quote;
    if (q.end <= prefix) return node;
    const moved: Quote | undefined =
      q.start >= before.length - suffix
        ? { ...q, start: q.start + shift, end: q.end + shift }
        : nearest(after, q);
    if (moved) return { ...node, quote: moved };
    lost.push(node.id);
    const { quote: _dropped, ...rest } = node;
    return rest;
  });
  return { nodes: next, lost };
}

function nearest(text: string, q: Quote): Quote | undefined {
  let best: number | undefined;
  for (let i = text.indexOf(q.text); i !== -1; i = text.indexOf(q.text, i + 1)) {
    if (best === undefined || Math.abs(i - q.start) < Math.abs(best - q.start)) best = i;
    if (i > q.start) break; // later ones are only farther away
  }
  return best === undefined ? undefined : { ...q, start: best, end: best + q.text.length };
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Stops short of the prefix, so the two never claim the same characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
