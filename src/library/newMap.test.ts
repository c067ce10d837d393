import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap';
import { newMap } from './newMap';

describe('newMap', () => {
  it('is an empty map that saves and opens again, with or without a text', () => {
    for (const map of [newMap('Essay', 'en'), newMap('  ', 'de', 'Ein Text.')]) {
      const reopened = parseMap(JSON.stringify(map));
      expect(reopened.ok && reopened.map).toEqual(map);
    }
    expect(newMap('  ', 'de').title).toBe('Untitled map');
  });
});
