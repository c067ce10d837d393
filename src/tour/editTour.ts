import type { Localized, Tour, TourStep } from '../model/types';

/** Pure edits of a tour: each returns a new tour and leaves the old one as it was. */

/** Moves the step at `from` to index `to` (clamped); the others keep their order. */
export function moveStep(tour: Tour, from: number, to: number): Tour {
  const steps = [...tour.steps];
  const [moved] = steps.splice(from, 1);
  if (!moved) return tour;
  steps.splice(Math.min(Math.max(to, 0), steps.length), 0, moved);
  return { ...tour, steps };
}

export function removeStep(tour: Tour, index: number): Tour {
  return { ...tour, steps: tour.steps.filter((_, i) => i !== index) };
}

/**
 * Adds a step revealing `nodes` after `after` (at the end by default). A node reveals once
 * per tour, so it leaves any earlier step; a step left empty goes.
 */
export function addStep(tour: Tour, nodes: readonly string[], after = tour.steps.length - 1): Tour {
  const taken = new Set(nodes);
  const kept = tour.steps
    .map((s) => ({ ...s, nodes: s.nodes.filter((n) => !taken.has(n)) }))
    .filter((s) => s.nodes.length > 0);
  const used = new Set(tour.steps.map((s) => s.id));
  let n = tour.steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  const step: TourStep = { id: `step-${n}`, nodes: [...nodes] };
  // Where the new step goes, counted among the steps that remain.
  const anchor = tour.steps[after];
  const at = anchor ? kept.findIndex((s) => s.id === anchor.id) + 1 : kept.length;
  kept.splice(at <= 0 ? kept.length : at, 0, step);
  return { ...tour, steps: kept };
}

/** Changes one step's title, caption or notes in one language; empty text removes it. */
export function setStepText(
  tour: Tour,
  index: number,
  field: 'title' | 'caption' | 'notes',
  language: string,
  text: string,
): Tour {
  return {
    ...tour,
    steps: tour.steps.map((s, i) =>
      i === index ? { ...s, [field]: withLanguage(s[field], language, text) } : s,
    ),
  };
}

/** Takes a node out of a step; a step left without nodes goes. */
export function removeNodeFromStep(tour: Tour, index: number, nodeId: string): Tour {
  return {
    ...tour,
    steps: tour.steps
      .map((s, i) => (i === index ? { ...s, nodes: s.nodes.filter((n) => n !== nodeId) } : s))
      .filter((s) => s.nodes.length > 0),
  };
}

function withLanguage(text: Localized | undefined, language: string, value: string): Localized {
  const next = { ...text };
  if (value === '') delete next[language];
  else next[language] = value;
  return next;
}
