/**
 * What a relayout of a map in our tree order knows of the picture on screen (see
 * orderTreeLayers): where each box stood along the layers, where each layer stood across them,
 * and where each drawn line passed a layer. The relayout starts from that order.
 */
import { median } from './stats';
import type { Point, PreviousLayout } from './types';

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
