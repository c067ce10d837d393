import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../model/types';
import { junctionId, pieceOf } from './elkIds';
import type { MeasuredNode } from './measureNodes';
import { JUNCTION_SIZE } from './nodeStyle';
import type { EdgeRoute, GroupBox, Junction, MapLayout, NodeBox, Point } from './types';

/** Reads positions and edge routes (absolute coordinates) back from ELK's result. */
export function fromElkResult(
  map: ArgumentMap,
  sizes: Map<string, MeasuredNode>,
  result: ElkNode,
): MapLayout {
  const placed = new Map<string, ElkNode>();
  let edges: ElkExtendedEdge[] = [];
  const portOwner = new Map<string, string>();
  const walk = (n: ElkNode) => {
    placed.set(n.id, n);
    for (const p of n.ports ?? []) portOwner.set(p.id, n.id);
    edges.push(...(n.edges ?? []));
    for (const c of n.children ?? []) walk(c);
  };
  walk(result);
  edges = joinEdgePieces(edges);

  const position = (id: string) => {
    const n = placed.get(id);
    if (!n || n.x === undefined || n.y === undefined) throw new Error(`ELK did not place "${id}"`);
    return { x: n.x, y: n.y, width: n.width ?? 0, height: n.height ?? 0 };
  };

  const nodes: NodeBox[] = map.nodes.map((n) => {
    const size = sizes.get(n.id) as MeasuredNode;
    const { x, y } = position(n.id);
    return { ...size, x, y };
  });
  const groups: GroupBox[] = map.groups.map((g) => ({
    id: g.id,
    label: g.label,
    ...position(g.id),
  }));
  const junctions: Junction[] = [];
  for (const r of map.relations) {
    if (!placed.has(junctionId(r.id))) continue;
    const { x, y } = position(junctionId(r.id));
    junctions.push({ relationId: r.id, kind: r.kind, x, y, size: JUNCTION_SIZE });
  }

  const kindOf = new Map(map.relations.map((r) => [r.id, r.kind]));
  const routes: EdgeRoute[] = edges.map((e) => {
    // `#e:<relation id>:<part>`, and a relation id may itself contain colons.
    const rest = e.id.slice(e.id.indexOf(':') + 1);
    const relationId = rest.slice(0, rest.lastIndexOf(':'));
    const part = rest.slice(rest.lastIndexOf(':') + 1);
    const kind = kindOf.get(relationId) ?? 'support';
    const section = e.sections?.[0];
    if (!section) throw new Error(`ELK did not route edge "${e.id}"`);
    let points: Point[] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    let source = e.sources[0] ?? '';
    let target = e.targets[0] ?? '';
    // An edge that enters its box through a port of ours (see memberPorts) ends at the box.
    target = portOwner.get(target) ?? target;
    // "continues" edges went to ELK reversed; draw them in reading order again.
    if (kind === 'continues') {
      points = points.reverse();
      [source, target] = [target, source];
    }
    return {
      id: e.id,
      relationId,
      kind,
      part: part === 'main' ? 'main' : 'leg',
      source,
      target,
      points: points.map((p) => ({ x: p.x, y: p.y })),
    };
  });

  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    nodes,
    groups,
    junctions,
    edges: routes,
  };
}

/**
 * Joins the one-layer pieces of long edges (see orderTreeLayers) into one edge each, with the
 * original id and ends, its route running on through the dummy boxes.
 */
export function joinEdgePieces(edges: readonly ElkExtendedEdge[]): ElkExtendedEdge[] {
  const out: ElkExtendedEdge[] = [];
  const pieces = new Map<string, ElkExtendedEdge[]>();
  for (const e of edges) {
    const piece = pieceOf(e.id);
    if (!piece) {
      out.push(e);
      continue;
    }
    const list = pieces.get(piece.edge) ?? [];
    list[piece.k] = e;
    pieces.set(piece.edge, list);
  }
  for (const [id, list] of pieces) {
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last || list.some((p) => !p))
      throw new Error(`ELK lost a piece of edge "${id}"`);
    const points: Point[] = [];
    for (const p of list) {
      const section = p.sections?.[0];
      if (!section) throw new Error(`ELK did not route edge "${p.id}"`);
      for (const q of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
        addPoint(points, { x: q.x, y: q.y });
      }
    }
    const [startPoint, ...rest] = points;
    const endPoint = rest.pop();
    if (!startPoint || !endPoint) throw new Error(`ELK did not route edge "${id}"`);
    out.push({
      id,
      sources: first.sources,
      targets: last.targets,
      sections: [{ id: `${id}:s`, startPoint, endPoint, bendPoints: rest }],
    });
  }
  return out;
}

/** Appends a point, leaving out repeats and points in the middle of a straight run. */
function addPoint(points: Point[], p: Point): void {
  const a = points[points.length - 2];
  const b = points[points.length - 1];
  if (b && Math.abs(b.x - p.x) < 0.01 && Math.abs(b.y - p.y) < 0.01) return;
  const straightOn =
    a &&
    b &&
    Math.abs((b.x - a.x) * (p.y - b.y) - (b.y - a.y) * (p.x - b.x)) < 0.01 &&
    (b.x - a.x) * (p.x - b.x) + (b.y - a.y) * (p.y - b.y) > 0;
  if (straightOn) {
    points[points.length - 1] = p;
    return;
  }
  points.push(p);
}
