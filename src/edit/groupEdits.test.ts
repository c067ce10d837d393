import { describe, expect, it } from 'vitest';
import { deleteGroup, groupNodes, renameGroup, setNodeGroup } from './groupEdits';
import { accepted, frozenUniforms, refusal, uniformsMap } from './testMaps';

const members = (map: { groups: { id: string; members: string[] }[] }) =>
  Object.fromEntries(map.groups.map((g) => [g.id, g.members]));

describe('group edits', () => {
  it('frames nodes in a new group, taking them out of their old groups', () => {
    const map = frozenUniforms();
    const { map: next, id } = accepted(groupNodes(map, ['c', 'o1', 'c'], '  Main line '));
    expect(id).toBe('group-1');
    expect(next.groups.at(-1)).toEqual({ id, label: 'Main line', members: ['c', 'o1'] });
    expect(members(next)).toMatchObject({ 'g-cost': ['u1'] });
    expect(map).toEqual(uniformsMap());
  });

  it('removes a group that the new one empties', () => {
    const next = accepted(groupNodes(frozenUniforms(), ['o1', 'u1'], 'Money')).map;
    expect(next.groups.map((g) => g.id)).toEqual(['g-reasons', 'group-1']);
  });

  it('refuses a group without label, members or with unknown nodes', () => {
    const map = frozenUniforms();
    expect(refusal(groupNodes(map, ['c'], '  '))).toBe('a group needs a label');
    expect(refusal(groupNodes(map, [], 'x'))).toMatch(/at least one node/);
    expect(refusal(groupNodes(map, ['ghost'], 'x'))).toMatch(/no node "ghost"/);
  });

  it('moves a single node between groups and out of them', () => {
    const map = frozenUniforms();
    const moved = accepted(setNodeGroup(map, 'p1', 'g-cost')).map;
    expect(members(moved)).toEqual({ 'g-reasons': ['p2', 'p3'], 'g-cost': ['o1', 'u1', 'p1'] });
    const out = accepted(setNodeGroup(map, 'o1', null)).map;
    const lastOut = accepted(setNodeGroup(out, 'u1', null)).map;
    expect(lastOut.groups.map((g) => g.id)).toEqual(['g-reasons']);
    expect(accepted(setNodeGroup(map, 'c', null)).map).toBe(map);
    expect(accepted(setNodeGroup(map, 'o1', 'g-cost')).map).toBe(map);
    expect(refusal(setNodeGroup(map, 'c', 'g-none'))).toMatch(/no group/);
  });

  it('renames a group; the same name changes nothing', () => {
    const map = frozenUniforms();
    expect(accepted(renameGroup(map, 'g-cost', ' Costs ')).map.groups[1]?.label).toBe('Costs');
    expect(accepted(renameGroup(map, 'g-cost', 'Cost ')).map).toBe(map);
    expect(refusal(renameGroup(map, 'g-cost', ''))).toBe('a group needs a label');
  });

  it('deletes only the frame; its nodes and arrows stay', () => {
    const map = frozenUniforms();
    const next = accepted(deleteGroup(map, 'g-cost')).map;
    expect(next.groups.map((g) => g.id)).toEqual(['g-reasons']);
    expect(next.nodes).toBe(map.nodes);
    expect(next.relations).toBe(map.relations);
    expect(refusal(deleteGroup(map, 'c'))).toMatch(/no group "c"/);
  });
});
