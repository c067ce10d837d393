/**
 * A group that holds every box of the map, as an Argdown file written under one heading makes.
 * ELK lays out a group's inside on its own, without the big maps' tree layering that keeps a
 * drawing near the shape of a screen: 500 boxes in one group came out 8 times wider than tall.
 * Such a group is laid out as if it were not there, then framed around the whole drawing.
 */
import type { ArgumentMap, Group } from '../model/types';
import { groupMinWidth } from './measureNodes';
import { GROUP_STYLE, MAP_MARGIN } from './nodeStyle';
import type { MapLayout, Point } from './types';

/** The group holding every box of the map, if there is one (and the map has boxes). */
export function groupHoldingAll(map: ArgumentMap): Group | null {
  if (map.nodes.length === 0) return null;
  for (const group of map.groups) {
    const members = new Set(group.members);
    if (map.nodes.every((n) => members.has(n.id))) return group;
  }
  return null;
}

export function withoutGroup(map: ArgumentMap, group: Group): ArgumentMap {
  return { ...map, groups: map.groups.filter((g) => g !== group) };
}

/**
 * The layout of everything inside the group, with the group's frame drawn around it: the same
 * margins and title row as ELK gives a group, and as wide as its title needs.
 */
export function framedBy(layout: MapLayout, group: Group): MapLayout {
  const { paddingTop: top, paddingSide: side, paddingBottom: bottom } = GROUP_STYLE;
  const inner = {
    width: Math.max(0, layout.width - 2 * MAP_MARGIN),
    height: Math.max(0, layout.height - 2 * MAP_MARGIN),
  };
  const frame = {
    width: Math.max(inner.width + 2 * side, groupMinWidth(group.label)),
    height: inner.height + top + bottom,
  };
  const move = (p: Point): Point => ({ x: p.x + side, y: p.y + top });
  return {
    ...layout,
    width: frame.width + 2 * MAP_MARGIN,
    height: frame.height + 2 * MAP_MARGIN,
    nodes: layout.nodes.map((n) => ({ ...n, ...move(n) })),
    groups: [
      ...layout.groups.map((g) => ({ ...g, ...move(g) })),
      { id: group.id, label: group.label, x: MAP_MARGIN, y: MAP_MARGIN, ...frame },
    ],
    junctions: layout.junctions.map((j) => ({ ...j, ...move(j) })),
    edges: layout.edges.map((e) => ({ ...e, points: e.points.map(move) })),
    ...(layout.remembered && {
      remembered: Object.fromEntries(
        Object.entries(layout.remembered).map(([id, p]) => [id, move(p)]),
      ),
    }),
  };
}
