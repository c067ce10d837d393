import { describe, expect, it } from 'vitest';
import { readFontMetrics } from '../../scripts/fontMetricsFromFiles';
import { fontMetrics } from './fontMetrics';

describe('font metrics table', () => {
  it('is exactly what the bundled font files say (run `npm run gen:metrics` after a font update)', () => {
    expect(fontMetrics).toEqual(readFontMetrics());
  });
});
