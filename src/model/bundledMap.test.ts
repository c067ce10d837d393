import { describe, expect, it } from 'vitest';
import defaultMapFile from '../../data/default-map.json';
import { parseMap } from './parseMap';

// The app opens the bundled map without checking it (the schema loads only when needed), so
// the file itself must be exactly what the checks would hand back: valid, defaults written out.
describe('the bundled default map', () => {
  it('passes the checks and is stored as they return it', () => {
    const parsed = parseMap(defaultMapFile);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.map).toEqual(defaultMapFile);
  });
});
