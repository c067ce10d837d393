import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../model/types';
import { junctionId } from './elkIds';
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
  const edges: ElkExtendedEdge[] = [];
  const walk = (n: ElkNode) => {
    placed.set(n.id, n);
    edges.push(...(n.edges ?? []));
    for (const c of n.children ?? []) walk(c);
  };
  walk(result);

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
