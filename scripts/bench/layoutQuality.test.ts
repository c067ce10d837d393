import { describe, expect, it } from 'vitest';
import { generateMap } from '../../src/demo/generateMap';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';
import { countCrossings } from './countCrossings';
import { layoutWithDagre } from './dagreLayout';
import { layoutWithElk } from './elkLayout';

// The bench's comparison held as a promise: the app's layout of a big map crosses no more
// edges than dagre's layout of the very same graph (with group clusters or flat, whichever
// crosses fewer).
describe('layout quality against dagre', () => {
  const elk = createInProcessElk();
  const dagre = (map: ArgumentMap) =>
    Math.min(
      countCrossings(layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, true).edges),
      countCrossings(layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, false).edges),
    );

  it('crosses no more edges than dagre on the bench map of 1000 nodes', async () => {
    const map = generateMap({ nodes: 1000, seed: 1 });
    const ours = countCrossings((await layoutWithElk(map, elk)).edges);
    expect(ours).toBeLessThanOrEqual(dagre(map));
  }, 90_000);

  // Ten generated maps of each size. One of the twenty (500 boxes, seed 2: 228 against 188)
  // is still drawn with more crossings than dagre; see the closing note of issue 8.
  it('crosses fewer edges than dagre on twenty generated maps of 200 and 500 nodes', async () => {
    const rows: { ours: number; dagre: number }[] = [];
    for (const nodes of [200, 500]) {
      for (let seed = 1; seed <= 10; seed++) {
        const map = generateMap({ nodes, seed });
        rows.push({
          ours: countCrossings((await layoutWithElk(map, elk)).edges),
          dagre: dagre(map),
        });
      }
    }
    const more = rows.filter((r) => r.ours > r.dagre);
    expect(more.length).toBeLessThanOrEqual(1);
    const sum = (key: 'ours' | 'dagre') => rows.reduce((a, r) => a + r[key], 0);
    expect(sum('ours')).toBeLessThan(0.85 * sum('dagre'));
  }, 300_000);
});
