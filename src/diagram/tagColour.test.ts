import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { TAG_COLOURS, tagColour } from './tagColour';
import { BOX_STYLES } from './theme';

describe('tagColour', () => {
  it('has eight distinct colours, each at least 3:1 on white and on every box fill', () => {
    expect(TAG_COLOURS).toHaveLength(8);
    expect(new Set(TAG_COLOURS).size).toBe(8);
    const backgrounds = ['#ffffff', ...Object.values(BOX_STYLES).map((s) => s.fill)];
    for (const colour of TAG_COLOURS) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      for (const background of backgrounds) {
        expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(
          3,
        );
      }
    }
  });

  it('gives a tag always the same colour from the palette', () => {
    for (const tag of ['economy', 'public health', 'Ökologie', 'x', '']) {
      expect(TAG_COLOURS).toContain(tagColour(tag));
      expect(tagColour(tag)).toBe(tagColour(tag));
    }
    // Fixed values: a change of the hash would recolour every user's map.
    expect(['economy', 'public health', 'a', 'b'].map(tagColour)).toEqual([
      '#4f46e5',
      '#4d7c0f',
      '#a16207',
      '#be185d',
    ]);
  });

  it('ignores case and Unicode form', () => {
    expect(tagColour('Economy')).toBe(tagColour('economy'));
    expect(tagColour('ECONOMY')).toBe(tagColour('economy'));
    expect(tagColour('O\u0308kologie')).toBe(tagColour('Ökologie'));
  });

  it('spreads many tags over all colours, none taking much more than its share', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 800; i++) {
      const colour = tagColour(`tag-${i}`);
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    expect(counts.size).toBe(8);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
    for (const n of counts.values()) expect(n).toBeLessThan(140);
  });
});
