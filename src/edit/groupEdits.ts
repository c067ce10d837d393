import type { ArgumentMap, Group } from '../model/types';
import { type EditResult, refuse } from './editResult';
import { freshId } from './newIds';

/**
 * Frames nodes in a new group. A node sits in one group at most, so the nodes leave their old
 * groups; a group left empty goes (an empty frame cannot be drawn or saved).
 */
export function groupNodes(
  map: ArgumentMap,
  nodeIds: readonly string[],
  label: string,
): EditResult<{ id: string }> {
  const members = [...new Set(nodeIds)];
  if (members.length === 0) return refuse('choose at least one node to group');
  const missing = missingNode(map, members);
  if (missing) return refuse(missing);
  const name = label.trim();
  if (name === '') return refuse('a group needs a label');
  const id = freshId(map, 'group');
  const groups = [...withoutMembers(map.groups, new Set(members)), { id, label: name, members }];
  return { ok: true, map: { ...map, groups }, id };
}

/** Moves a node into a group, or out of any group with `null`. */
export function setNodeGroup(map: ArgumentMap, nodeId: string, groupId: string | null): EditResult {
  const missing = missingNode(map, [nodeId]);
  if (missing) return refuse(missing);
  if (groupId !== null && !map.groups.some((g) => g.id === groupId)) {
    return refuse(`there is no group "${groupId}"`);
  }
  const current = map.groups.find((g) => g.members.includes(nodeId));
  if ((current?.id ?? null) === groupId) return { ok: true, map };
  const groups = withoutMembers(map.groups, new Set([nodeId])).map((g) =>
    g.id === groupId ? { ...g, members: [...g.members, nodeId] } : g,
  );
  return { ok: true, map: { ...map, groups } };
}

export function renameGroup(map: ArgumentMap, id: string, label: string): EditResult {
  const group = map.groups.find((g) => g.id === id);
  if (!group) return refuse(`there is no group "${id}"`);
  const name = label.trim();
  if (name === '') return refuse('a group needs a label');
  if (name === group.label) return { ok: true, map };
  const groups = map.groups.map((g) => (g.id === id ? { ...g, label: name } : g));
  return { ok: true, map: { ...map, groups } };
}

/** Removes the frame only; its nodes and their arrows stay where they are. */
export function deleteGroup(map: ArgumentMap, id: string): EditResult {
  if (!map.groups.some((g) => g.id === id)) return refuse(`there is no group "${id}"`);
  return { ok: true, map: { ...map, groups: map.groups.filter((g) => g.id !== id) } };
}

function missingNode(map: ArgumentMap, ids: readonly string[]): string | undefined {
  const known = new Set(map.nodes.map((n) => n.id));
  const missing = ids.find((id) => !known.has(id));
  return missing === undefined ? undefined : `there is no node "${missing}"`;
}

function withoutMembers(groups: readonly Group[], leaving: ReadonlySet<string>): Group[] {
  return groups.flatMap((g) => {
    if (!g.members.some((m) => leaving.has(m))) return [g];
    const members = g.members.filter((m) => !leaving.has(m));
    return members.length > 0 ? [{ ...g, members }] : [];
  });
}
