import type { Quote } from '../model/types';

/**
 * The quote for a stretch of the source text the user selected, without the spaces and line
 * breaks at its ends; null when nothing but white space is selected.
 */
export function quoteFromSelection(text: string, start: number, end: number): Quote | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from] ?? '')) from++;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/**
 * Where a point of a DOM selection lies in the source text: the panel marks every piece of
 * text with `data-start`, its offset in the source.
 */
export function sourceOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>('[data-start]');
  if (!piece) return null;
  const start = Number(piece.dataset.start);
  if (!Number.isFinite(start)) return null;
  // A text node inside the piece: count from the piece's start; an element: its start or end.
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  return offset === 0 ? start : start + (piece.textContent?.length ?? 0);
}
