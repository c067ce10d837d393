import { describe, expect, it } from 'vitest';
import { dashPieces } from './dashPieces';

describe('dashPieces', () => {
  it('cuts a route into straight pieces that carry the dash pattern on', () => {
    const pieces = dashPieces([
      { x: 0, y: 0 },
      { x: 0, y: 30 },
      { x: 40, y: 30 },
      { x: 40, y: 30 },
      { x: 40, y: 100 },
    ]);
    expect(pieces.map((p) => p.offset)).toEqual([0, 30, 70]);
    expect(pieces[1]).toMatchObject({ from: { x: 0, y: 30 }, to: { x: 40, y: 30 } });
    expect(pieces[2]).toMatchObject({ from: { x: 40, y: 30 }, to: { x: 40, y: 100 } });
  });

  it('has no piece for a route of one point', () => {
    expect(dashPieces([{ x: 5, y: 5 }])).toEqual([]);
  });
});
