import type { SearchHit } from '../explore/search';

/** A node's text with the matched words marked. */
export function HitText({ text, hits }: { text: string; hits: SearchHit[] }) {
  const parts: { text: string; hit: boolean; at: number }[] = [];
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    if (h.start > at) parts.push({ text: text.slice(at, h.start), hit: false, at });
    parts.push({ text: text.slice(h.start, h.end), hit: true, at: h.start });
    at = h.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false, at });
  return (
    <span className="am-search__text">
      {parts.map((p) =>
        p.hit ? <mark key={p.at}>{p.text}</mark> : <span key={p.at}>{p.text}</span>,
      )}
    </span>
  );
}
