import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import type { Tour } from '../model/types';
import { saveTours, toursKey, withSavedTours } from './savedTours';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

describe('saved tours', () => {
  const map = loadDefaultMap();
  const tour: Tour = {
    id: 'mine',
    title: { en: 'Mine' },
    steps: [{ id: 's1', nodes: ['conclusion'] }],
  };

  it('brings an edited tour back for the same map', () => {
    const storage = memoryStorage();
    saveTours(storage, { ...map, tours: [tour] });
    expect(withSavedTours(storage, map).tours).toEqual([tour]);
  });

  it('leaves other maps, and tours that no longer fit, alone', () => {
    const storage = memoryStorage();
    saveTours(storage, { ...map, tours: [tour] });
    const other = { ...map, title: 'Another map' };
    expect(toursKey(other)).not.toBe(toursKey(map));
    expect(withSavedTours(storage, other)).toBe(other);
    storage.items.set(
      toursKey(map),
      JSON.stringify([{ ...tour, steps: [{ id: 's', nodes: ['gone'] }] }]),
    );
    expect(withSavedTours(storage, map)).toBe(map);
    storage.items.set(toursKey(map), '{broken');
    expect(withSavedTours(storage, map)).toBe(map);
  });
});
