import { deleteNodes, updateNode } from '../../src/edit/nodeEdits';
import { addAttached } from '../../src/editing/compoundEdits';
import type { ShownView } from '../../src/explore/previousPositions';
import { NO_FILTER } from '../../src/explore/visibleMap';
import type { ElkRunner } from '../../src/layout/layoutMap';
import { median } from '../../src/layout/stats';
import type { MapLayout, NodeBox } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';
import { alignOn, firstView, layoutAfter, type Movement, movement, relayout } from './foldMovement';

export const EDIT_KINDS = ['no edit', 'add reason', 'longer text', 'delete leaf'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** One edit as a user makes it on the canvas, and the node the reader is looking at. */
export interface EditCase {
  kind: EditKind;
  /** The node edited (the reason's target, the retexted node, the deleted leaf): on screen. */
  node: string;
  apply(map: ArgumentMap): ArgumentMap;
}

/** Sibling pairs (same target, same layer before and after) and how many kept their order. */
export interface SiblingOrder {
  pairs: number;
  kept: number;
}

export type Measured = Movement & { order: SiblingOrder };

/** Before and after views of an edit, and what moved between them. */
export interface EditMovement {
  edit: EditCase;
  /** The first edit after opening: from the fresh layout, as the app relays out (useMapLayout). */
  first: Measured;
  /** A later edit: from a view that was relaid out before (as after any earlier edit). */
  later: Measured;
  /** The baseline: from the fresh layout to a layout from scratch, only shifted by alignLayout. */
  fresh: Measured;
}

/** The views an edit starts from: the map as opened, and as after an earlier relayout. */
export interface StartViews {
  opened: ShownView;
  settled: ShownView;
}

const REASON_TEXT =
  'Ein neuer Grund, so lang wie ein gewöhnlicher Satz in einer Rekonstruktion dieser Art.';

/** `k` items spread evenly over `xs` (deterministic, so every run edits the same nodes). */
function spread<T>(xs: readonly T[], k: number): T[] {
  if (xs.length <= k) return [...xs];
  return Array.from({ length: k }, (_, i) => xs[Math.floor(((i + 0.5) * xs.length) / k)] as T);
}

function accepted(result: { ok: true; map: ArgumentMap } | { ok: false; message: string }) {
  if (!result.ok) throw new Error(`bench edit refused: ${result.message}`);
  return result.map;
}

/**
 * `perKind` edits of each kind, on nodes spread over the map: a reason added to a node, a
 * node's text doubled, a leaf (nothing points at it) deleted; and, as a control, a relayout of
 * the unchanged map seen around the same nodes as the text edits.
 */
export function editCases(map: ArgumentMap, perKind: number): EditCase[] {
  const targets = new Set(map.relations.map((r) => r.to));
  const leaves = map.nodes.filter((n) => !targets.has(n.id) && n.kind !== 'conclusion');
  return [
    ...spread(map.nodes, perKind).map(
      (n): EditCase => ({ kind: 'no edit', node: n.id, apply: (m) => m }),
    ),
    ...spread(map.nodes, perKind).map(
      (n): EditCase => ({
        kind: 'add reason',
        node: n.id,
        apply: (m) => accepted(addAttached(m, n.id, 'support', REASON_TEXT)),
      }),
    ),
    ...spread(map.nodes, perKind).map(
      (n): EditCase => ({
        kind: 'longer text',
        node: n.id,
        apply: (m) => accepted(updateNode(m, n.id, { text: `${n.text} ${n.text}` })),
      }),
    ),
    ...spread(leaves, perKind).map(
      (n): EditCase => ({
        kind: 'delete leaf',
        node: n.id,
        apply: (m) => accepted(deleteNodes(m, [n.id])),
      }),
    ),
  ];
}

/** Layers are horizontal bands (direction up) that never overlap: overlapping boxes share one. */
const sameLayer = (a: NodeBox, b: NodeBox) => a.y < b.y + b.height && b.y < a.y + a.height;
const centreX = (b: NodeBox) => b.x + b.width / 2;

/**
 * Of the nodes supporting the same target (one relation's co-premises or several reasons) and
 * drawn in the same layer both before and after, the pairs whose left-to-right order held.
 */
export function siblingOrder(map: ArgumentMap, before: MapLayout, after: MapLayout): SiblingOrder {
  const was = new Map(before.nodes.map((b) => [b.id, b]));
  const is = new Map(after.nodes.map((b) => [b.id, b]));
  const reasons = new Map<string, Set<string>>();
  for (const r of map.relations) {
    if (r.kind !== 'support') continue;
    const set = reasons.get(r.to) ?? new Set<string>();
    for (const f of r.from) set.add(f);
    reasons.set(r.to, set);
  }
  const order = { pairs: 0, kept: 0 };
  for (const set of reasons.values()) {
    // Each sibling's box before (`was`) and after (`is`) the edit.
    const boxes = [...set].flatMap((id) => {
      const [before, after] = [was.get(id), is.get(id)];
      return before && after ? [{ before, after }] : [];
    });
    for (const [i, p] of boxes.entries()) {
      for (const q of boxes.slice(i + 1)) {
        if (!sameLayer(p.before, q.before) || !sameLayer(p.after, q.after)) continue;
        order.pairs++;
        const leftBefore = centreX(p.before) < centreX(q.before);
        if (leftBefore === centreX(p.after) < centreX(q.after)) order.kept++;
      }
    }
  }
  return order;
}

/** The map as opened (laid out from scratch) and as after one relayout with its positions. */
export async function startViews(map: ArgumentMap, elk: ElkRunner): Promise<StartViews> {
  const opened = await firstView(map, elk);
  const around = map.nodes[0]?.id ?? '';
  return { opened, settled: await relayout(map, opened, NO_FILTER, around, elk) };
}

/** Relayouts of an unchanged map (the control), which do not depend on the node looked at. */
const unchanged = new WeakMap<ShownView, Map<boolean, Promise<ShownView>>>();

/**
 * How far the boxes move when `edit` is applied, laid out as the app does it (useMapLayout:
 * previous positions, then alignLayout on the reader's 1280x720 screen centred on the edited
 * node), from the map as opened and from a settled view; and, for comparison, laid out from
 * scratch and aligned the same way.
 */
export async function editMovement(
  map: ArgumentMap,
  views: StartViews,
  edit: EditCase,
  elk: ElkRunner,
): Promise<EditMovement> {
  const edited = edit.apply(map);
  const measure = async (from: ShownView, keep: boolean): Promise<Measured> => {
    let raw: Promise<ShownView>;
    if (edited === map) {
      const cached = unchanged.get(from) ?? new Map<boolean, Promise<ShownView>>();
      unchanged.set(from, cached);
      raw = cached.get(keep) ?? layoutAfter(map, from, NO_FILTER, elk, keep);
      cached.set(keep, raw);
    } else raw = layoutAfter(edited, from, NO_FILTER, elk, keep);
    const next = alignOn(from, await raw, edit.node);
    return {
      ...movement(from.layout, next.layout, edit.node),
      order: siblingOrder(next.visible.map, from.layout, next.layout),
    };
  };
  return {
    edit,
    first: await measure(views.opened, true),
    later: await measure(views.settled, true),
    fresh: await measure(views.opened, false),
  };
}

/** One start (first, later, fresh) over the edits of one kind. */
export interface MovementFigures {
  /** Median over the edits of the median move (px) of all boxes still shown. */
  medianPx: number;
  /** The same for the boxes on screen; null when no edit left a box on screen. */
  onScreenPx: number | null;
  /** Sibling pairs whose left-to-right order held, over all edits; null for no pairs. */
  siblingOrderKept: number | null;
  siblingPairs: number;
}

export interface EditSummary {
  kind: EditKind;
  edits: number;
  first: MovementFigures;
  later: MovementFigures;
  fresh: MovementFigures;
}

function figures(measured: Measured[]): MovementFigures {
  const onScreen = measured.filter((m) => m.onScreen.length > 0).map((m) => median(m.onScreen));
  const pairs = measured.reduce((a, m) => a + m.order.pairs, 0);
  const kept = measured.reduce((a, m) => a + m.order.kept, 0);
  return {
    medianPx: median(measured.map((m) => median(m.moves))),
    onScreenPx: onScreen.length > 0 ? median(onScreen) : null,
    siblingOrderKept: pairs > 0 ? kept / pairs : null,
    siblingPairs: pairs,
  };
}

/** The results by kind of edit, in the order of EDIT_KINDS. */
export function summarize(results: EditMovement[]): EditSummary[] {
  return EDIT_KINDS.map((kind) => {
    const of = results.filter((r) => r.edit.kind === kind);
    return {
      kind,
      edits: of.length,
      first: figures(of.map((r) => r.first)),
      later: figures(of.map((r) => r.later)),
      fresh: figures(of.map((r) => r.fresh)),
    };
  }).filter((s) => s.edits > 0);
}
