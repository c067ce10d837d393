import type { ArgumentMap, Localized, Tour } from '../model/types';
import { generateTour } from './generateTour';

/** The tour to present: the one asked for, else the map's first, else one generated for it. */
export function tourFor(map: ArgumentMap, tourId?: string): Tour {
  const tours = map.tours ?? [];
  return tours.find((t) => t.id === tourId) ?? tours[0] ?? generateTour(map);
}

/** Every node shown at a step: revealing is cumulative, so steps 0..stepIndex. */
export function revealedThrough(tour: Tour, stepIndex: number): Set<string> {
  const revealed = new Set<string>();
  for (const step of tour.steps.slice(0, Math.max(0, stepIndex + 1))) {
    for (const n of step.nodes) revealed.add(n);
  }
  return revealed;
}

export interface ShownRelations {
  /** Ids of the relations to draw. */
  relations: Set<string>;
  /**
   * For each shown relation with several premises (co-premises): the premises whose legs are
   * drawn, in the relation's order. A relation with one premise draws its only leg.
   */
  legs: Map<string, string[]>;
}

/**
 * Which relations a set of revealed nodes shows. A relation is shown when what it points at is
 * shown (its target node is revealed; for an undercut, the relation it attacks is shown) and at
 * least one of its premises is revealed: an arrow never comes from nowhere or leads nowhere.
 * Of co-premises, each leg is drawn once its own premise is revealed, so a linked argument can
 * appear with a premise still to come.
 */
export function shownRelations(map: ArgumentMap, revealed: ReadonlySet<string>): ShownRelations {
  const byId = new Map(map.relations.map((r) => [r.id, r]));
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const shown = new Map<string, boolean>();
  for (const start of map.relations) {
    // Follow the chain of relation targets without recursion; decide it from its end backwards.
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id: string | undefined = start.id;
    let targetShown = false;
    for (;;) {
      if (id === undefined) break;
      const known = shown.get(id);
      if (known !== undefined) {
        targetShown = known;
        break;
      }
      const r = byId.get(id);
      if (!r || onChain.has(id)) break; // unknown target, or relations aimed at each other
      chain.push(id);
      onChain.add(id);
      if (nodeIds.has(r.to)) {
        targetShown = revealed.has(r.to);
        break;
      }
      id = r.to;
    }
    for (const c of chain.reverse()) {
      const premised = byId.get(c)?.from.some((f) => revealed.has(f)) ?? false;
      targetShown = targetShown && premised;
      shown.set(c, targetShown);
    }
  }

  const relations = new Set<string>();
  const legs = new Map<string, string[]>();
  for (const r of map.relations) {
    if (!shown.get(r.id)) continue;
    relations.add(r.id);
    if (r.from.length > 1)
      legs.set(
        r.id,
        r.from.filter((f) => revealed.has(f)),
      );
  }
  return { relations, legs };
}

/**
 * A text in the interface language: that language (`de-CH`, then `de`), else English, else any
 * language there is, else ''. An empty translation counts as missing.
 */
export function localized(text: Localized | undefined, language: string): string {
  if (!text) return '';
  const primary = language.split('-')[0] ?? language;
  for (const l of [language, primary, 'en']) {
    const value = text[l];
    if (value) return value;
  }
  return Object.values(text).find((v) => v !== '') ?? '';
}
