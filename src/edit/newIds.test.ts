import { describe, expect, it } from 'vitest';
import { freshId, isValidId } from './newIds';
import { uniformsMap } from './testMaps';

describe('freshId', () => {
  it('counts on from the highest number in use, so deleted ids are not handed out again', () => {
    const map = uniformsMap();
    expect(freshId(map, 'r')).toBe('r-5');
    expect(freshId(map, 'claim')).toBe('claim-1');
    map.nodes.push({ ...map.nodes[0], id: 'claim-7' } as (typeof map.nodes)[number]);
    expect(freshId(map, 'claim')).toBe('claim-8');
  });

  it('avoids ids of nodes, relations and groups alike', () => {
    const map = uniformsMap();
    map.groups.push({ id: 'group-1', label: 'x', members: ['c'] });
    map.nodes.push({ ...map.nodes[0], id: 'group-2' } as (typeof map.nodes)[number]);
    expect(freshId(map, 'group')).toBe('group-3');
  });

  it('makes ids the file format accepts, whatever the prefix', () => {
    const map = uniformsMap();
    expect(freshId(map, 'my group!')).toBe('my-group-1');
    expect(freshId(map, '')).toBe('id-1');
    for (const prefix of ['claim', 'Prämisse', 'a b/c', '']) {
      expect(isValidId(freshId(map, prefix))).toBe(true);
    }
    expect(isValidId('has space')).toBe(false);
  });
});
