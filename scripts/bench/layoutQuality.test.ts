import { describe, expect, it } from 'vitest';
import { generateMap } from '../../src/demo/generateMap';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import { countCrossings } from './countCrossings';
import { layoutWithDagre } from './dagreLayout';
import { layoutWithElk } from './elkLayout';

// The bench's comparison (section 2, its maps of seed 1) held as a promise: the app's layout of
// a big map has no more edge crossings than dagre's layout of the very same graph, with or
// without group clusters. Not every generated map holds it: see the closing note of issue 8.
describe('layout quality against dagre', () => {
  const elk = createInProcessElk();

  it.each([500, 1000])(
    'crosses no more edges than dagre on the bench map of %i nodes',
    async (n) => {
      const map = generateMap({ nodes: n, seed: 1 });
      const ours = countCrossings((await layoutWithElk(map, elk)).edges);
      const clusters = countCrossings(layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, true).edges);
      const flat = countCrossings(layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, false).edges);
      expect(ours).toBeLessThanOrEqual(Math.min(clusters, flat));
    },
    90_000,
  );
});
