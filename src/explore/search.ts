import type { ArgumentMap } from '../model/types';

/** A match to mark in the UI: `[start, end)` are offsets into the node's original field string. */
export interface SearchHit {
  nodeId: string;
  field: 'text' | 'gloss';
  start: number;
  end: number;
}

export type SearchLabels = 'source' | 'gloss' | 'both';

/** One folded character and the span of the original string it came from. */
interface Unit {
  ch: string;
  start: number;
  end: number;
  /** Was ä, ö or ü: may also be spelled ae, oe, ue. */
  umlaut: boolean;
}

const COMBINING_MARK = /\p{M}/u;
const DIAERESIS = '\u0308';
const DASH = /\p{Pd}/u;
const SPECIAL: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe' };

/** Folds text into comparable units, remembering where each came from so hits map back. */
function foldUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  for (const cp of text) {
    const end = i + cp.length;
    const special = SPECIAL[cp];
    if (special) {
      for (const ch of special) units.push({ ch, start: i, end, umlaut: false });
    } else {
      // NFD splits ü into u + diaeresis whether the text was composed or not.
      for (const ch of cp.normalize('NFD').toLowerCase()) {
        if (COMBINING_MARK.test(ch)) {
          const prev = units[units.length - 1];
          if (!prev) continue;
          prev.end = end; // a mark written separately belongs to the letter before it
          if (ch === DIAERESIS && 'aou'.includes(prev.ch)) prev.umlaut = true;
        } else {
          units.push({ ch: DASH.test(ch) ? '-' : ch, start: i, end, umlaut: false });
        }
      }
    }
    i = end;
  }
  return units;
}

/** Text as search compares it: lower case, accents and umlaut dots dropped, ß as ss, dashes as -. */
export function foldForSearch(text: string): string {
  return foldUnits(text)
    .map((u) => u.ch)
    .join('');
}

/**
 * Length in units of a match of `query` starting at `at`, or -1. Besides equal letters, a query
 * "ue" matches a text ü and a query ü matches a text "ue" (likewise ae/ä, oe/ö).
 */
function matchAt(text: Unit[], query: Unit[], at: number): number {
  const stack: [number, number][] = [[at, 0]];
  // Two spellings can reach the same state; remembering states keeps hostile queries linear.
  const seen = new Set<number>();
  while (stack.length > 0) {
    const [ti, qi] = stack.pop() as [number, number];
    if (qi === query.length) return ti - at;
    const state = (ti - at) * (query.length + 1) + qi;
    if (seen.has(state)) continue;
    seen.add(state);
    const t = text[ti];
    const q = query[qi] as Unit;
    if (!t) continue;
    if (q.umlaut && !t.umlaut && t.ch === q.ch && text[ti + 1]?.ch === 'e') {
      stack.push([ti + 2, qi + 1]);
    }
    const qNext = query[qi + 1];
    if (t.umlaut && !q.umlaut && t.ch === q.ch && qNext?.ch === 'e' && !qNext.umlaut) {
      stack.push([ti + 1, qi + 2]);
    }
    if (t.ch === q.ch) stack.push([ti + 1, qi + 1]);
  }
  return -1;
}

/** Every non-overlapping occurrence of one query word, as original-string spans. */
function occurrences(text: Unit[], query: Unit[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = 0; at < text.length; ) {
    const length = matchAt(text, query, at);
    if (length <= 0) {
      at++;
      continue;
    }
    spans.push([(text[at] as Unit).start, (text[at + length - 1] as Unit).end]);
    at += length;
  }
  return spans;
}

/** The marked spans of a field, or none unless every query word occurs in it. */
function fieldSpans(field: string, words: Unit[][]): [number, number][] {
  const text = foldUnits(field);
  const spans: [number, number][] = [];
  for (const word of words) {
    const found = occurrences(text, word);
    if (found.length === 0) return [];
    spans.push(...found);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Words may overlap ("bund" and "bündnis"): one mark each place is what a reader sees.
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/**
 * Nodes whose source text or gloss contains every word of the query, ignoring case, accents and
 * umlaut spelling (Bündnis = Buendnis = Bundnis, ß = ss); hits in map order, text before gloss.
 */
export function searchNodes(
  map: ArgumentMap,
  query: string,
  labels: SearchLabels = 'both',
): SearchHit[] {
  const words = [...new Set(query.split(/\s+/))]
    .map((w) => foldUnits(w))
    .filter((units) => units.length > 0);
  if (words.length === 0) return [];
  const fields: ('text' | 'gloss')[] =
    labels === 'source' ? ['text'] : labels === 'gloss' ? ['gloss'] : ['text', 'gloss'];
  const hits: SearchHit[] = [];
  for (const node of map.nodes) {
    for (const field of fields) {
      for (const [start, end] of fieldSpans(node[field], words)) {
        hits.push({ nodeId: node.id, field, start, end });
      }
    }
  }
  return hits;
}
