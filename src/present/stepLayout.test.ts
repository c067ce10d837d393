import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { NO_FILTER, visibleMap } from '../explore/visibleMap';
import { createInProcessElk } from '../layout/elkInProcess';
import { layoutMap } from '../layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS } from '../layout/types';
import { stepFocus, stepLayout } from './stepLayout';

/** The default map, its tour and its whole layout. */
async function defaultTour() {
  const map = loadDefaultMap();
  const tour = map.tours?.[0];
  if (!tour) throw new Error('no tour');
  const layout = await layoutMap(
    visibleMap(map, NO_FILTER).map,
    DEFAULT_LAYOUT_OPTIONS,
    createInProcessElk(),
  );
  return { map, tour, layout };
}

describe('stepLayout', () => {
  it('draws what the steps so far reveal, and frames the own boxes of the step', async () => {
    const { map, tour, layout } = await defaultTour();
    // Step 4: further capabilities and the conclusion; the loss of core functions comes later.
    const at = tour.steps.findIndex((s) => s.nodes.includes('conclusion'));
    const { layout: shown, focus } = stepLayout(map, layout, tour, at);
    const revealed = tour.steps.slice(0, at + 1).flatMap((s) => s.nodes);
    expect(shown.nodes.map((b) => b.id).sort()).toEqual([...revealed].sort());
    const main = shown.edges.filter((e) => e.relationId === 'r-main');
    expect(main.some((e) => e.part === 'main')).toBe(true);
    expect(main.filter((e) => e.part === 'leg').map((e) => e.source)).toEqual([
      'further-capabilities',
    ]);
    expect(shown.edges.some((e) => e.source === 'core-functions-lost')).toBe(false);
    expect(shown.groups.map((g) => g.id)).not.toContain('g-section-6');
    const own = layout.nodes.filter((b) => tour.steps[at]?.nodes.includes(b.id));
    for (const b of own) {
      expect(b.x).toBeGreaterThanOrEqual(focus?.x ?? Infinity);
      expect(b.x + b.width).toBeLessThanOrEqual((focus?.x ?? 0) + (focus?.width ?? 0));
    }
  });

  it('frames a step on its new boxes and junctions, and the earlier boxes its new lines join', async () => {
    const { map, tour, layout } = await defaultTour();
    const ids = (rects: readonly { x: number; y: number }[]) =>
      rects
        .map((r) => layout.nodes.find((b) => b.x === r.x && b.y === r.y)?.id ?? 'junction')
        .sort();
    // The conclusion comes with the argument's last premise, joined to the earlier ones.
    const at = tour.steps.findIndex((s) => s.nodes.includes('conclusion'));
    const withConclusion = stepFocus(map, layout, tour, at);
    expect(ids(withConclusion.own)).toEqual(['conclusion', 'further-capabilities', 'junction']);
    expect(ids(withConclusion.linked)).toEqual(['cost-saving', 'feasibility', 'legitimacy']);
    // The objections of the next step are seen with the conclusion they attack.
    const next = stepFocus(map, layout, tour, at + 1);
    expect(ids(next.own)).toEqual([...(tour.steps[at + 1]?.nodes ?? [])].sort());
    expect(ids(next.linked)).toEqual(['conclusion']);
    expect(stepFocus(map, layout, tour, 0).linked).toEqual([]);
  });
});
