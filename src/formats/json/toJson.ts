import type {
  ArgumentMap,
  ArgumentNode,
  Group,
  Localized,
  Relation,
  Source,
  Tour,
  TourStep,
} from '../../model/types';

/**
 * The project's own map file: every field, always in the order data/default-map.json uses (flags
 * before texts), so that the same map always gives the same bytes and `parseMap(toJson(map))`
 * gives the map back. Both texts are always kept, so the `labels` option has nothing to choose.
 */
export function toJson(map: ArgumentMap): string {
  const file = {
    version: map.version,
    title: map.title,
    source: source(map.source),
    nodes: map.nodes.map(node),
    relations: map.relations.map(relation),
    groups: map.groups.map(group),
    ...(map.tours && { tours: map.tours.map(tour) }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function source(s: Source) {
  return {
    text: s.text,
    language: s.language,
    ...(s.page !== undefined && { page: s.page }),
    ...(s.citation !== undefined && { citation: s.citation }),
  };
}

function node(n: ArgumentNode) {
  return {
    id: n.id,
    kind: n.kind,
    implicit: n.implicit,
    ...(n.breaksOff !== undefined && { breaksOff: n.breaksOff }),
    text: n.text,
    gloss: n.gloss,
    ...(n.quote && { quote: { start: n.quote.start, end: n.quote.end, text: n.quote.text } }),
    ...(n.tags && { tags: [...n.tags] }),
    ...(n.said && {
      said: { ...(n.said.speaker !== undefined && { speaker: n.said.speaker }), text: n.said.text },
    }),
  };
}

function relation(r: Relation) {
  return { id: r.id, kind: r.kind, from: [...r.from], to: r.to };
}

function group(g: Group) {
  return { id: g.id, label: g.label, members: [...g.members] };
}

function tour(t: Tour) {
  return { id: t.id, title: localized(t.title), steps: t.steps.map(step) };
}

function step(s: TourStep) {
  return {
    id: s.id,
    ...(s.title && { title: localized(s.title) }),
    ...(s.caption && { caption: localized(s.caption) }),
    ...(s.notes && { notes: localized(s.notes) }),
    nodes: [...s.nodes],
  };
}

/** English, the fallback language, first; the others alphabetically, so the bytes are stable. */
function localized(text: Localized): Localized {
  const languages = Object.keys(text).sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(languages.map((l) => [l, text[l] ?? '']));
}
