import type { ArgumentMap } from '../model/types';

/** A run of the source text and the nodes that quote all of it (none: the map leaves it out). */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  nodeIds: string[];
}

/**
 * Cuts the source text at every quote boundary, so each piece is quoted by one fixed set of
 * nodes. Overlapping quotes give pieces quoted by several nodes; unquoted text stays visible.
 */
export function textSegments(map: ArgumentMap): TextSegment[] {
  const text = map.source.text;
  const cuts = new Set([0, text.length]);
  const quoted = map.nodes.filter((n) => n.quote && n.quote.end <= text.length);
  for (const n of quoted) {
    cuts.add(n.quote?.start ?? 0);
    cuts.add(n.quote?.end ?? 0);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const nodeIds = quoted
      .filter((n) => (n.quote?.start ?? 0) <= start && end <= (n.quote?.end ?? 0))
      .map((n) => n.id);
    segments.push({ start, end, text: text.slice(start, end), nodeIds });
  }
  return segments;
}

/** Splits segments at paragraph breaks (blank lines), for drawing the text as paragraphs. */
export function paragraphsOf(segments: TextSegment[]): TextSegment[][] {
  const paragraphs: TextSegment[][] = [[]];
  for (const seg of segments) {
    const parts = seg.text.split(/\n\s*\n/);
    let offset = seg.start;
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part !== '') {
        const start = seg.text.indexOf(part, offset - seg.start) + seg.start;
        (paragraphs[paragraphs.length - 1] as TextSegment[]).push({
          ...seg,
          start,
          end: start + part.length,
          text: part,
        });
        offset = start + part.length;
      }
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}
