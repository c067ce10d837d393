import { describe, expect, it } from 'vitest';
import { sanitizeId, uniqueIds } from './ids';

/** The ids as `uniqueIds` handed them out before it remembered where each count stopped. */
function countingFromTwo(separator: string): (wish: string) => string {
  const taken = new Set<string>();
  return (wish) => {
    let id = wish;
    for (let n = 2; taken.has(id); n++) id = `${wish}${separator}${n}`;
    taken.add(id);
    return id;
  };
}

describe('uniqueIds', () => {
  it('grants the first wish and numbers equal ones from 2', () => {
    const unique = uniqueIds();
    expect(['a', 'a', 'b', 'a'].map(unique)).toEqual(['a', 'a-2', 'b', 'a-3']);
    expect(uniqueIds('_')('x')).toBe('x');
  });

  it('skips numbered ids that are taken already, whoever took them', () => {
    const unique = uniqueIds();
    const wishes = ['a-2', 'a', 'a', 'a-3', 'a', 'a-4', 'a', 'a-5', 'a-2', 'a'];
    expect(wishes.map(unique)).toEqual([
      'a-2',
      'a',
      'a-3',
      'a-3-2',
      'a-4',
      'a-4-2',
      'a-5',
      'a-5-2',
      'a-2-2',
      'a-6',
    ]);
  });

  it('hands out the same ids as before for mixed wishes', () => {
    const wishes = ['n', 'n-2', 'n', 'n', 'n-2', 'n-3', 'n-2-2', 'n-2', 'x', 'n', 'n_2', 'n'];
    for (const separator of ['-', '_']) {
      expect(wishes.map(uniqueIds(separator))).toEqual(wishes.map(countingFromTwo(separator)));
    }
  });

  it('gives 50,000 equal wishes 50,000 distinct ids', () => {
    const unique = uniqueIds();
    const ids = Array.from({ length: 50_000 }, () => unique('same title'));
    expect(new Set(ids).size).toBe(50_000);
    expect(ids[0]).toBe('same title');
    expect(ids.at(-1)).toBe('same title-50000');
  });
});

describe('sanitizeId', () => {
  it('replaces characters outside the allowed ones', () => {
    expect(sanitizeId('a b/c', /[a-z]/, '-')).toBe('a-b-c');
  });
});
