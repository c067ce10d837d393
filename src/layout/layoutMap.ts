import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../model/types';
import { centreOf } from './bounds';
import { countCrossings } from './countCrossings';
import { fromElkResult } from './fromElkResult';
import { measureNodes } from './measureNodes';
import { mostCarryOver, orderTreeLayers } from './orderTreeLayers';
import { sketchLayout } from './sketchLayout';
import { medianMove } from './stats';
import {
  type ElkTuning,
  LARGE_MAP_TUNING,
  MEDIUM_MAP_NODES,
  MEDIUM_MAP_TUNING,
  toElkGraph,
  treeLayeringOf,
} from './toElkGraph';
import type { LayoutOptions, MapLayout, Point, PreviousLayout } from './types';
import { framedBy, groupHoldingAll, withoutGroup } from './wholeMapGroup';

/** Anything that can run ELK: the bundled engine in Node, or an ELK worker in the browser. */
export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * Up to this many nodes a map is laid out in reading order, both layerings tried (the one that
 * fits a screen better wins), unless ELK's own order or our tree order crosses fewer edges.
 * Bigger maps take the fast, low-crossing settings.
 */
export const SMALL_MAP_NODES = 60;
/**
 * Random starts of ELK's own order, with its thoroughness at 20 (default 7). ELK counts
 * crossings before it lays out the groups and routes the edges, so its own best start is often
 * not the best drawn: a medium map laid out afresh is laid out from the first two and the
 * drawing with fewer crossings kept (30 generated maps of 80 and 100 boxes: 195 -> 159
 * crossings against one start at thoroughness 40, for 60-180 ms more in the worker); a small
 * map whose reading order crosses edges tries up to four (ELK takes some 20-60 ms a run there;
 * ten maps of 50 boxes: 21 -> 7 crossings). A relayout keeps the order on screen and starts
 * from the start that drew it.
 */
const FRESH_STARTS: readonly ElkTuning[] = [1, 2, 3, 4].map((randomSeed) => ({
  ...MEDIUM_MAP_TUNING,
  thoroughness: 20,
  randomSeed,
}));
const MEDIUM_MAP_STARTS = 2;
const SMALL_MAP_STARTS = 4;
/**
 * Relations per box past which a map of up to 120 boxes is dense (argument maps have about
 * one): its reading order is lost in crossings anyway, and ELK keeping it took 20 s a run on 30
 * boxes with 435 relations (46 s in all). A dense map is drawn once, in ELK's own order.
 */
const DENSE_RELATIONS_PER_BOX = 2;
/** The screen a small map should fit: 16:9, as in a classroom projector or a laptop. */
const SCREEN_ASPECT = 16 / 9;

/**
 * The whole layout stage: measure text, build the ELK graph, run ELK, read the result back.
 * `previous` (see PreviousLayout) keeps a relayout close to what was shown.
 */
export async function layoutMap(
  map: ArgumentMap,
  options: LayoutOptions,
  elk: ElkRunner,
  previous?: PreviousLayout,
  /**
   * Told a quick sketch of a big map (see sketchLayout) before ELK starts on it; ELK waits
   * until what it returns resolves (the page drawing the sketch has the machine to itself).
   */
  onSketch?: (sketch: MapLayout) => unknown,
): Promise<MapLayout> {
  const whole = groupHoldingAll(map);
  if (whole) {
    const framed = (layout: MapLayout) => framedBy(layout, whole);
    const sketched = onSketch && ((sketch: MapLayout) => onSketch(framed(sketch)));
    return framed(await layoutMap(withoutGroup(map, whole), options, elk, previous, sketched));
  }
  const sizes = measureNodes(map, options.labels, options.language);
  const run = async (tuning: ElkTuning, withSketch = true) => {
    const graph = toElkGraph(map, sizes, options, tuning, previous);
    if (onSketch && withSketch) {
      const sketch = sketchOf(map, sizes, graph, options);
      if (sketch) await onSketch(sketch);
    }
    // A relayout starts from the order on screen (see orderTreeLayers).
    const layering = treeLayeringOf.get(graph);
    const order = layering && orderTreeLayers(graph, layering, options.direction, previous);
    const layout = fromElkResult(map, sizes, await elk.layout(graph));
    if (!layering) return layout;
    const tree = { ...layout, treeOrder: true, treeLayers: Object.fromEntries(layering.layerOf) };
    return previous && order?.keptPlaces ? remembering(tree, previous) : tree;
  };
  if (map.nodes.length > MEDIUM_MAP_NODES) return run(LARGE_MAP_TUNING);
  const dense = map.relations.length > DENSE_RELATIONS_PER_BOX * map.nodes.length;
  const layout = dense
    ? await run(MEDIUM_MAP_TUNING)
    : map.nodes.length > SMALL_MAP_NODES
      ? await medium()
      : await small();
  // Many reasons for one claim, or many separate arguments (AIF corpora, Kialo theses), spread
  // one layer far: 6-14 times wider than tall in real files. The big maps' tuning bounds that.
  if (layout.treeOrder || spreadOf(layout, options.direction) <= TOO_SPREAD) return layout;
  const bounded = await inTreeOrder();
  return fitScale(bounded) > fitScale(layout) ? bounded : layout;

  /** A relayout of a drawing in ELK's own order, from the random start that drew it. */
  function inOwnOrderAgain(): Promise<MapLayout> {
    return run({ ...MEDIUM_MAP_TUNING, randomSeed: previous?.randomSeed });
  }

  /**
   * The tree layering in our order, no sketch: a relayout of a map drawn so (one that spread
   * too far, below) starts from the order on screen (see orderTreeLayers).
   */
  function inTreeOrder(): Promise<MapLayout> {
    return run(LARGE_MAP_TUNING, false);
  }

  /**
   * A medium map: ELK's own order from two random starts and our tree order, the drawing with
   * fewest crossings kept; a relayout stays with the way the map was drawn. The tree order
   * crosses fewer edges on many medium maps (twenty generated maps each of 80 and 100 boxes:
   * more crossings than dagre on 4 and 3 in ELK's own order, on 2 and 1 now), and its relayouts
   * keep the boxes in place where ELK's own order, placing every layer anew, moved them far
   * (48 folds on twelve 100-box maps, median move of all boxes 1141 -> 637 px folding and
   * 734 -> 384 px opening; of the boxes on screen 253 -> 52 px opening).
   */
  async function medium(): Promise<MapLayout> {
    if (previous) return keptOr(inOwnOrderAgain);
    return fewestCrossings([...ownOrderStarts(MEDIUM_MAP_STARTS), inTreeOrder]);
  }

  /**
   * A small map keeps its reading order unless ELK's own order or our tree order draws fewer
   * crossings; a relayout stays with the order it was drawn in (a random start marks ELK's
   * own).
   */
  async function small(): Promise<MapLayout> {
    if (previous) return keptOr(previous.randomSeed ? inOwnOrderAgain : inReadingOrder);
    const read = await inReadingOrder();
    return fewestCrossings([async () => read, ...ownOrderStarts(SMALL_MAP_STARTS), inTreeOrder]);
  }

  /**
   * A relayout in our tree order, which keeps every box in its layer and place (orderTreeLayers,
   * the layers read off the screen), when the screen was drawn so; and when most boxes carry
   * over (a fold, a small filter, an edit) as long as it crosses no more lines than `redraw`,
   * the way the screen was drawn. ELK's own layering and placement, run again, move the boxes
   * on screen: a group folded into one box on the default map took a layer of its own for the
   * objection above it, and the conclusion went up by a layer, under the toolbar. Kept places
   * alone crossed more lines after folds (36 folds on generated maps of 30, 60 and 100 boxes:
   * 48 -> 68 crossings); the cheaper drawing wins, kept places among equals.
   */
  function keptOr(redraw: () => Promise<MapLayout>): Promise<MapLayout> {
    if (previous?.treeOrder) return inTreeOrder();
    if (
      previous &&
      mostCarryOver(
        map.nodes.map((n) => n.id),
        previous,
      )
    ) {
      return fewestCrossings([inTreeOrder, redraw]);
    }
    return redraw();
  }

  /** Drawings in ELK's own order from the first `starts` random starts, each marked so. */
  function ownOrderStarts(starts: number): (() => Promise<MapLayout>)[] {
    return FRESH_STARTS.slice(0, starts).map((tuning) => async () => ({
      ...(await run(tuning)),
      randomSeed: tuning.randomSeed,
    }));
  }

  /**
   * The drawing with the fewest crossings among the candidates, drawn in turn (the first
   * among equals); none drawn once one crosses nothing.
   */
  async function fewestCrossings(candidates: (() => Promise<MapLayout>)[]): Promise<MapLayout> {
    let best: { layout: MapLayout; crossings: number } | undefined;
    for (const draw of candidates) {
      if (best?.crossings === 0) break;
      const layout = await draw();
      const crossings = countCrossings(layout.edges);
      if (!best || crossings < best.crossings) best = { layout, crossings };
    }
    if (!best) throw new Error('layoutMap: no layout to choose from');
    return best.layout;
  }

  async function inReadingOrder(): Promise<MapLayout> {
    const layout = await run({ layering: 'NETWORK_SIMPLEX', modelOrder: 'NODES_AND_EDGES' });
    // A small map is read whole at fit view: keep the layering that shows its text larger.
    const wide = await run({ layering: 'LONGEST_PATH_SOURCE', modelOrder: 'NODES_AND_EDGES' });
    return fitScale(wide) > fitScale(layout) * 1.05 ? wide : layout;
  }
}

/** Along its layers a drawing spreads at most this many times its depth before it is redone. */
const TOO_SPREAD = 4;

/** How far a drawing spreads along its layers, as a multiple of its depth across them. */
function spreadOf(layout: MapLayout, direction: LayoutOptions['direction']): number {
  return direction === 'up' ? layout.width / layout.height : layout.height / layout.width;
}

/** A big map's quick sketch alone, as layoutMap sends it ahead of ELK's layout. */
export function sketchMap(map: ArgumentMap, options: LayoutOptions): MapLayout | null {
  const whole = groupHoldingAll(map);
  if (whole) {
    const sketch = sketchMap(withoutGroup(map, whole), options);
    return sketch && framedBy(sketch, whole);
  }
  const sizes = measureNodes(map, options.labels, options.language);
  return sketchOf(map, sizes, toElkGraph(map, sizes, options, LARGE_MAP_TUNING), options);
}

/** The sketch of a graph built with the tree layering (see sketchLayout); null for others. */
function sketchOf(
  map: ArgumentMap,
  sizes: ReturnType<typeof measureNodes>,
  graph: ElkNode,
  options: LayoutOptions,
): MapLayout | null {
  const layering = treeLayeringOf.get(graph);
  return layering
    ? fromElkResult(map, sizes, sketchLayout(graph, layering, options.direction))
    : null;
}

/** Relative zoom at which a layout fits a 16:9 screen (bigger is more readable). */
function fitScale(layout: MapLayout): number {
  return Math.min(SCREEN_ASPECT / layout.width, 1 / layout.height);
}

/**
 * `layout` remembering where the boxes on screen before it (`previous`) that it no longer
 * shows stood, moved as the boxes both show moved (the median), so that opening a fold puts
 * them back in their places. Only a relayout that kept the boxes in place remembers: after
 * one that placed them anew, old places would land among other boxes.
 */
function remembering(layout: MapLayout, previous: PreviousLayout): MapLayout {
  const shown = new Map([...layout.nodes, ...layout.groups].map((b) => [b.id, centreOf(b)]));
  const move = medianMove(
    [...shown].flatMap(([id, c]) => {
      const p = previous.centres.get(id);
      return p ? [[p, c] as const] : [];
    }),
  );
  if (!move) return layout;
  const remembered: Record<string, Point> = {};
  // Hidden before and still hidden, or hidden just now. Junctions and the like (ids with `#`)
  // are placed from their boxes.
  for (const [id, p] of [...Object.entries(previous.remembered ?? {}), ...previous.centres]) {
    if (!shown.has(id) && !id.startsWith('#'))
      remembered[id] = { x: p.x + move.x, y: p.y + move.y };
  }
  return { ...layout, remembered };
}
