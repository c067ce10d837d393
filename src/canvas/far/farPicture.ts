import type { Rect } from '../../layout/bounds';
import type { EdgeRoute, MapLayout, NodeBox } from '../../layout/types';
import type { NodeKind, RelationKind } from '../../model/types';
import { routePath } from '../edges/routePath';
import { oncePer } from '../oncePer';
import { rectsPath } from '../overview/overviewGeometry';

/**
 * The map seen from far away, as a handful of SVG paths: one per kind of box and of relation,
 * one for group frames and one for junctions. Thousands of boxes then cost the page a few
 * elements instead of a React Flow node each; the words are unreadable at that zoom anyway.
 */
export interface FarPicture {
  boxes: Partial<Record<NodeKind, string>>;
  edges: Partial<Record<RelationKind, string>>;
  groups: string;
  junctions: string;
}

export function farPicture(layout: MapLayout): FarPicture {
  const byKind = <K extends string, T>(items: readonly T[], kindOf: (t: T) => K) => {
    const out = new Map<K, T[]>();
    for (const item of items) {
      const kind = kindOf(item);
      const list = out.get(kind);
      if (list) list.push(item);
      else out.set(kind, [item]);
    }
    return out;
  };
  const boxes: FarPicture['boxes'] = {};
  for (const [kind, list] of byKind(layout.nodes, (n: NodeBox) => n.kind))
    boxes[kind] = rectsPath(list);
  const edges: FarPicture['edges'] = {};
  for (const [kind, list] of byKind(layout.edges, (e: EdgeRoute) => e.kind))
    edges[kind] = list.map((e) => routePath(e.points)).join(' ');
  return {
    boxes,
    edges,
    groups: rectsPath(layout.groups),
    junctions: rectsPath(
      layout.junctions.map((j) => ({ x: j.x, y: j.y, width: j.size, height: j.size })),
    ),
  };
}

/** The box drawn at a map point, if any: a click on the far picture picks it. */
export function boxAt(layout: MapLayout, point: { x: number; y: number }): NodeBox | null {
  const inside = (r: Rect) =>
    point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height;
  return layout.nodes.find(inside) ?? null;
}

/** The far picture of a layout, made once (see prepareDrawing). */
export const farPictureOf = oncePer(farPicture);
