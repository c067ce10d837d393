import { describe, expect, it } from 'vitest';
import { finalTarget, finalTargets, indexMap } from './graphIndex';
import { loadDefaultMap, tinyMap } from './testMaps';

describe('indexMap', () => {
  it('lists a linked relation under each of its co-premises', () => {
    const index = indexMap(loadDefaultMap());
    expect(index.relationsFrom.get('core-functions-lost')?.map((r) => r.id)).toEqual([
      'r-main',
      'r-loss-refutes',
    ]);
    expect(index.relationsInto.get('conclusion')?.map((r) => r.id)).toEqual([
      'r-main',
      'r-traditional',
    ]);
  });
});

describe('finalTarget(s)', () => {
  const m = tinyMap(
    ['c', 'a', 'u', 'v'],
    [
      ['r', 'support', 'a', 'c'],
      ['ru', 'attack', 'u', 'r'],
      ['rv', 'attack', 'v', 'ru'],
    ],
  );

  it('an undercut of an undercut bears finally on the claim at the bottom', () => {
    const index = indexMap(m);
    const rv = index.relationById.get('rv');
    if (!rv) throw new Error('missing rv');
    expect(finalTarget(index, rv)).toEqual({ node: 'c', via: ['ru', 'r'] });
    expect(Object.fromEntries(finalTargets(index))).toEqual({ r: 'c', ru: 'c', rv: 'c' });
  });

  it('a 10,000-long undercut chain resolves without recursion', () => {
    const relations: [string, 'attack', string, string][] = [];
    for (let i = 1; i < 10_000; i++) relations.push([`r${i}`, 'attack', 'a', `r${i - 1}`]);
    const long = tinyMap(['c', 'a'], [['r0', 'support', 'a', 'c'], ...relations]);
    const targets = finalTargets(indexMap(long));
    expect(targets.get('r9999')).toBe('c');
    expect(targets.size).toBe(10_000);
  });
});
