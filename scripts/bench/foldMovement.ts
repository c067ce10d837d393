import { previousLayout, type ShownView } from '../../src/explore/previousPositions';
import { NO_FILTER, type ViewFilter, visibleMap } from '../../src/explore/visibleMap';
import { alignLayout } from '../../src/layout/alignLayout';
import { containsPoint as contains, type Rect } from '../../src/layout/bounds';
import { type ElkRunner, layoutMap } from '../../src/layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';

/** The part of the map a reader sees around the box they act on: a 1280x720 window at zoom 1. */
const SCREEN = { width: 1280, height: 720 };

export interface Movement {
  /** Distances (px, box centres) that the boxes shown both before and after moved. */
  moves: number[];
  /** The same for the boxes that were on screen around the toggled node. */
  onScreen: number[];
}

export interface FoldMovement {
  folded: string;
  hidden: number;
  fold: Movement;
  unfold: Movement;
}

const centres = (layout: MapLayout) =>
  new Map(layout.nodes.map((b) => [b.id, { x: b.x + b.width / 2, y: b.y + b.height / 2 }]));

/** The reader's screen at zoom 1, centred on a box of `layout`. */
export function screenAround(layout: MapLayout, id: string): Rect | undefined {
  const b = layout.nodes.find((n) => n.id === id);
  if (!b) return undefined;
  const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
  return { x: cx - SCREEN.width / 2, y: cy - SCREEN.height / 2, ...SCREEN };
}

/**
 * Lays out `map` under `filter` as the app does after a change from `shown`
 * (canvas/useMapLayout), before alignment. `keep: false` leaves out the previous positions:
 * a layout from scratch (the baseline).
 */
export async function layoutAfter(
  map: ArgumentMap,
  shown: ShownView,
  filter: ViewFilter,
  elk: ElkRunner,
  keep = true,
): Promise<ShownView> {
  const visible = visibleMap(map, filter);
  const previous = keep ? previousLayout(shown, visible) : undefined;
  return { visible, layout: await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk, previous) };
}

/** `next` shifted as the app does (alignLayout) for a reader looking at `around` in `shown`. */
export function alignOn(shown: ShownView, next: ShownView, around: string): ShownView {
  const focus = screenAround(shown.layout, around);
  return { visible: next.visible, layout: alignLayout(shown.layout, next.layout, focus) };
}

/**
 * Lays out `map` under `filter` as the app does after a change from `shown`
 * (canvas/useMapLayout), for a reader looking at `around`.
 */
export async function relayout(
  map: ArgumentMap,
  shown: ShownView,
  filter: ViewFilter,
  around: string,
  elk: ElkRunner,
  keep = true,
): Promise<ShownView> {
  return alignOn(shown, await layoutAfter(map, shown, filter, elk, keep), around);
}

/** How far the boxes of `before` that are still in `after` moved, all and on screen. */
export function movement(before: MapLayout, after: MapLayout, around: string): Movement {
  const from = centres(before);
  const to = centres(after);
  const screen = screenAround(before, around);
  const moves: number[] = [];
  const onScreen: number[] = [];
  for (const [id, p] of to) {
    const q = from.get(id);
    if (!q) continue;
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    moves.push(d);
    if (screen && contains(screen, q)) onScreen.push(d);
  }
  return { moves, onScreen };
}

/**
 * How far the boxes a reader still sees move when one node's reasons are folded away, and
 * again when they are unfolded: the layout-stability figure. The viewport stays put when
 * folding, so absolute moves are what the reader sees.
 */
export async function foldMovement(
  map: ArgumentMap,
  nodeId: string,
  elk: ElkRunner,
): Promise<FoldMovement> {
  const first = await firstView(map, elk);
  const folded = await relayout(map, first, { ...NO_FILTER, collapsed: [nodeId] }, nodeId, elk);
  const reopened = await relayout(map, folded, NO_FILTER, nodeId, elk);
  return {
    folded: nodeId,
    hidden: folded.visible.hiddenBelow.get(nodeId) ?? 0,
    fold: movement(first.layout, folded.layout, nodeId),
    unfold: movement(folded.layout, reopened.layout, nodeId),
  };
}

/** The whole map laid out afresh, as the app shows it when it is opened. */
export async function firstView(map: ArgumentMap, elk: ElkRunner): Promise<ShownView> {
  const open = visibleMap(map, NO_FILTER);
  return { visible: open, layout: await layoutMap(open.map, DEFAULT_LAYOUT_OPTIONS, elk) };
}

/** Nodes worth folding: those with at least `min` reasons or objections pointing at them. */
export function foldCandidates(map: ArgumentMap, min = 2): string[] {
  const into = new Map<string, number>();
  for (const r of map.relations)
    if (r.kind !== 'continues') into.set(r.to, (into.get(r.to) ?? 0) + 1);
  return map.nodes.filter((n) => (into.get(n.id) ?? 0) >= min).map((n) => n.id);
}

/** Nodes whose fold hides between `min` and `max` boxes: the small folds of everyday reading. */
export function nodesHiding(map: ArgumentMap, min: number, max: number): string[] {
  return map.nodes
    .map((n) => n.id)
    .filter((id) => {
      const hidden = visibleMap(map, { ...NO_FILTER, collapsed: [id] }).hiddenBelow.get(id) ?? 0;
      return hidden >= min && hidden <= max;
    });
}
