/**
 * What a relayout of a map in our tree order knows of the picture on screen (see
 * orderTreeLayers): where each box stood along the layers, where each layer stood across them,
 * and where each drawn line passed a layer. The relayout starts from that order.
 */
import { centreOf, containsPoint, type Rect } from './bounds';
import { junctionId } from './elkIds';
import { median } from './stats';
import type { MapLayout, Point, PreviousLayout } from './types';

export interface OnScreen {
  /** A box's centre along the layers (x when the map grows upwards, y rightwards), if shown. */
  along(id: string): number | undefined;
  /** Where an edge's drawn line passed a layer, along it, if both were shown. */
  lineAt(edgeId: string, layer: number): number | undefined;
}

/**
 * Reads `previous` for a graph whose top-level boxes (`ids`) stand in `layerOf` layers. A
 * layer stood where the median centre of its boxes on screen stood across the layers.
 */
export function readScreen(
  previous: PreviousLayout,
  direction: 'up' | 'right',
  ids: readonly string[],
  layerOf: readonly number[],
): OnScreen {
  const along = (p: Point) => (direction === 'up' ? p.x : p.y);
  const across = (p: Point) => (direction === 'up' ? p.y : p.x);
  const centresOf = new Map<number, number[]>();
  ids.forEach((id, v) => {
    const p = previous.centres.get(id);
    const l = layerOf[v] as number;
    if (p) centresOf.set(l, [...(centresOf.get(l) ?? []), across(p)]);
  });
  const layerAt = new Map([...centresOf].map(([l, list]) => [l, median(list)]));
  return {
    along: (id) => {
      const p = previous.centres.get(id);
      return p && along(p);
    },
    lineAt: (edgeId, layer) => {
      const route = previous.routes?.get(edgeId);
      const at = layerAt.get(layer);
      if (!route || at === undefined) return undefined;
      for (let i = 1; i < route.length; i++) {
        const p = route[i - 1] as Point;
        const q = route[i] as Point;
        if (across(p) === across(q) || at < Math.min(across(p), across(q))) continue;
        if (at > Math.max(across(p), across(q))) continue;
        return along(p) + ((along(q) - along(p)) * (at - across(p))) / (across(q) - across(p));
      }
      return undefined;
    },
  };
}

/**
 * The layers of a picture drawn in ELK's own layering (it keeps none, unlike our tree
 * layering's `treeLayers`), read off the screen: each top-level box (a group frame, a node or
 * a junction outside every frame), 0 at the conclusion's side. Boxes of one layer overlap
 * across the layers (ELK centres nodes on the layer's line, tops groups at its start); a box
 * that starts past where one of the layer's boxes ends opens the next layer.
 */
export function layersOnScreen(layout: MapLayout, direction: 'up' | 'right'): Map<string, number> {
  const up = direction === 'up';
  // Across the layers, growing away from the conclusion: down, or leftwards.
  const span = (r: Rect): [number, number] =>
    up ? [r.y, r.y + r.height] : [-(r.x + r.width), -r.x];
  const inFrame = (r: Rect) => layout.groups.some((g) => containsPoint(g, centreOf(r)) && g !== r);
  const boxes: { id: string; from: number; to: number }[] = [];
  const add = (id: string, r: Rect) => {
    const [from, to] = span(r);
    boxes.push({ id, from, to });
  };
  for (const g of layout.groups) if (!inFrame(g)) add(g.id, g);
  for (const n of layout.nodes) if (!inFrame(n)) add(n.id, n);
  for (const j of layout.junctions) {
    const r = { x: j.x, y: j.y, width: j.size, height: j.size };
    if (!inFrame(r)) add(junctionId(j.relationId), r);
  }
  boxes.sort((a, b) => a.from - b.from);
  const layers = new Map<string, number>();
  let layer = -1;
  let ends = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    if (b.from >= ends) {
      layer++;
      ends = b.to;
    } else ends = Math.min(ends, b.to);
    layers.set(b.id, layer);
  }
  return layers;
}
