import { describe, expect, it } from 'vitest';
import {
  firstView,
  foldCandidates,
  movement,
  nodesHiding,
  relayout,
} from '../../scripts/bench/foldMovement';
import { generateMap } from '../demo/generateMap';
import { previousLayout } from '../explore/previousPositions';
import { NO_FILTER, visibleMap } from '../explore/visibleMap';
import { countCrossings } from './countCrossings';
import { createInProcessElk } from './elkInProcess';
import { layoutMap } from './layoutMap';
import { median } from './stats';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from './types';

const elk = createInProcessElk();

/** Pairs of boxes side by side in one layer before and after, and how many swapped sides. */
function swappedPairs(before: MapLayout, after: MapLayout) {
  const was = new Map(before.nodes.map((b) => [b.id, b]));
  const shared = after.nodes.filter((b) => was.has(b.id));
  let pairs = 0;
  let swapped = 0;
  for (const [i, a] of shared.entries())
    for (const b of shared.slice(i + 1)) {
      const [pa, pb] = [was.get(a.id), was.get(b.id)];
      if (!pa || !pb || pa.y !== pb.y || a.y !== b.y) continue;
      pairs++;
      if (pa.x < pb.x !== a.x < b.x) swapped++;
    }
  return { pairs, swapped };
}

describe('relayout after a fold', () => {
  // 100 boxes: ELK's own order from the better of two random starts; 50: ELK's own order too
  // (in reading order this map crosses more edges); 300: the tree layering in our order,
  // started again from the order on screen.
  it.each([100, 50, 300])(
    'keeps the boxes of each layer in the order the reader saw them (%i boxes)',
    async (nodes) => {
      const map = generateMap({ nodes, seed: 3 });
      const open = visibleMap(map, NO_FILTER);
      const shown = await layoutMap(open.map, DEFAULT_LAYOUT_OPTIONS, elk);
      let kept = { pairs: 0, swapped: 0 };
      let fresh = { pairs: 0, swapped: 0 };
      for (const id of foldCandidates(map, 2).slice(1, 4)) {
        const folded = visibleMap(map, { ...NO_FILTER, collapsed: [id] });
        const hints = previousLayout({ visible: open, layout: shown }, folded);
        const a = swappedPairs(
          shown,
          await layoutMap(folded.map, DEFAULT_LAYOUT_OPTIONS, elk, hints),
        );
        const b = swappedPairs(shown, await layoutMap(folded.map, DEFAULT_LAYOUT_OPTIONS, elk));
        kept = { pairs: kept.pairs + a.pairs, swapped: kept.swapped + a.swapped };
        fresh = { pairs: fresh.pairs + b.pairs, swapped: fresh.swapped + b.swapped };
      }
      expect(kept.pairs).toBeGreaterThan(50);
      // Laid out afresh, a fold reshuffles many neighbours; told where boxes stood, ELK keeps them.
      expect(kept.swapped / kept.pairs).toBeLessThan(0.05);
      expect(kept.swapped).toBeLessThan(fresh.swapped / 4);
    },
    60_000,
  );

  // A relayout in our tree order starts from the boxes, junctions and lines on screen and only
  // makes local moves that remove crossings. ELK's semi-interactive sweep, used before, kept the
  // boxes' order but not the bends of long edges: this map went from 53 crossings to 68.
  it('adds no crossing to a big map laid out again as it stands', async () => {
    const map = generateMap({ nodes: 300, seed: 3 });
    const visible = visibleMap(map, NO_FILTER);
    const shown = await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk);
    const hints = previousLayout({ visible, layout: shown }, visible);
    const again = await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk, hints);
    expect(again.treeOrder).toBe(true);
    expect(countCrossings(again.edges)).toBeLessThanOrEqual(countCrossings(shown.edges));
  }, 30_000);

  // A fold that hides a dozen boxes of 300: kept places (no box moves but to make room), kept
  // layers and a memory of the hidden boxes' places. Before, ELK placed every layer anew: the
  // boxes around the fold moved 0-340 px and 170-790 px when it was opened again, and the boxes
  // shown again came back 780-1650 px (median) from where they had stood.
  it.each([1, 2, 3])(
    'folds and opens a small subtree of a 300-box map with the picture in place (seed %i)',
    async (seed) => {
      const map = generateMap({ nodes: 300, seed });
      const [id] = nodesHiding(map, 8, 15);
      if (!id) throw new Error('no node with 8-15 boxes below it');
      const first = await firstView(map, elk);
      const folded = await relayout(map, first, { ...NO_FILTER, collapsed: [id] }, id, elk);
      const opened = await relayout(map, folded, NO_FILTER, id, elk);
      // The boxes on a 1280x720 screen around the folded node.
      expect(median(movement(first.layout, folded.layout, id).onScreen)).toBeLessThan(20);
      expect(median(movement(folded.layout, opened.layout, id).onScreen)).toBeLessThan(20);
      const stood = new Map(first.layout.nodes.map((b) => [b.id, b]));
      const shownAgain = opened.layout.nodes.filter(
        (b) => !folded.layout.nodes.some((f) => f.id === b.id),
      );
      expect(shownAgain.length).toBeGreaterThanOrEqual(8);
      const back = shownAgain.map((b) => {
        const was = stood.get(b.id) as MapLayout['nodes'][number];
        return Math.hypot(b.x - was.x, b.y - was.y);
      });
      // Less than half a box width from where they stood.
      expect(median(back)).toBeLessThan(120);
    },
    60_000,
  );

  // A medium map may take our tree order (this one crosses fewer edges so); in ELK's own order
  // the same fold moved the boxes around it 1791 px, and opening it 669 px.
  it('draws a 100-box map without groups in the tree order and folds it in place', async () => {
    const map = { ...generateMap({ nodes: 100, seed: 4 }), groups: [] };
    const first = await firstView(map, elk);
    expect(first.layout.treeOrder).toBe(true);
    const id = foldCandidates(map, 3)[1] as string;
    const folded = await relayout(map, first, { ...NO_FILTER, collapsed: [id] }, id, elk);
    const opened = await relayout(map, folded, NO_FILTER, id, elk);
    expect(median(movement(first.layout, folded.layout, id).onScreen)).toBeLessThan(20);
    expect(median(movement(folded.layout, opened.layout, id).onScreen)).toBeLessThan(20);
  }, 60_000);

  // With groups: a fold beside a group leaves its inside as it was. In ELK's own order every
  // fold here moved the members of one group 403 px inside it; in the tree order without the
  // members' places from the screen and ports in the order on screen (memberPorts), a fold of
  // n2 turned that group round (members 664 px).
  it('draws a 100-box map with groups in the tree order; a fold leaves other groups as they were', async () => {
    const map = generateMap({ nodes: 100, seed: 1 });
    const first = await firstView(map, elk);
    expect(first.layout.treeOrder).toBe(true);
    const groupOf = new Map(map.groups.flatMap((g) => g.members.map((m) => [m, g.id])));
    const insideOf = (layout: MapLayout, member: string) => {
      const box = layout.nodes.find((b) => b.id === member);
      const frame = layout.groups.find((g) => g.id === groupOf.get(member));
      return box && frame && { x: box.x - frame.x, y: box.y - frame.y };
    };
    for (const id of foldCandidates(map, 3).slice(1, 4)) {
      const folded = await relayout(map, first, { ...NO_FILTER, collapsed: [id] }, id, elk);
      const shown = new Set(folded.layout.nodes.map((b) => b.id));
      const untouched = map.groups.filter((g) => g.members.every((m) => shown.has(m)));
      expect(untouched.length).toBeGreaterThan(3);
      for (const member of untouched.flatMap((g) => g.members)) {
        const [was, now] = [insideOf(first.layout, member), insideOf(folded.layout, member)];
        if (!was || !now) throw new Error(`member ${member} not drawn in its group`);
        expect(Math.hypot(now.x - was.x, now.y - was.y)).toBeLessThan(5);
      }
    }
  }, 60_000);
});

describe('relayout of a map with groups as it stands', () => {
  // ELK orders a group's inside itself, and drew members that tie (reasons for the same claim)
  // in either order from one run to the next; the edges into a member now enter it in the order
  // on screen (memberPorts), and ELK's sweep inside groups starts from the screen. Before: 100
  // boxes (in ELK's own order then) 87, 69 and 94 boxes moved over 30 px; 300 boxes, 3 pairs
  // of boxes swapped and 118 boxes moved. ELK still reorders some members tied through
  // different neighbours (300 boxes, seed 2: 2 pairs swapped), and where lines between two
  // layers need fewer tracks than before the layers below close up (there, by 40 px).
  it.each([
    [100, 1],
    [100, 14],
    [100, 15],
    [300, 1],
  ])(
    'keeps every box of a %i-box map in place (seed %i)',
    async (nodes, seed) => {
      const map = generateMap({ nodes, seed });
      const visible = visibleMap(map, NO_FILTER);
      const shown = await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk);
      const hints = previousLayout({ visible, layout: shown }, visible);
      const again = await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk, hints);
      expect(again.treeOrder).toBe(true);
      const { pairs, swapped } = swappedPairs(shown, again);
      expect(pairs).toBeGreaterThan(100);
      expect(swapped).toBe(0);
      const was = new Map(shown.nodes.map((b) => [b.id, b]));
      const moves = again.nodes.map((b) => {
        const p = was.get(b.id) as MapLayout['nodes'][number];
        return Math.hypot(b.x - p.x, b.y - p.y);
      });
      expect(Math.max(...moves)).toBeLessThan(30);
    },
    60_000,
  );
});
