/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { serveRequests } from '../../workers/serveRequests';
import { layoutMap, sketchMap } from '../layoutMap';
import { DEFAULT_LAYOUT_OPTIONS } from '../types';
import { toLayoutJson } from './layoutJson';
import type { LayoutAnswer, LayoutRequest } from './protocol';

/**
 * The whole layout stage off the page's thread: measuring the text of thousands of boxes and
 * building ELK's graph took a third of a second at 2000 nodes, ELK itself seconds.
 *
 * ELK's engine takes over a worker's `onmessage` when it is made, so it is made first and
 * `onmessage` set after it.
 */
const elk = new ELK();

/**
 * Generated maps as big as the ones that get a sketch, their sketches alone, twice (one run
 * compiles the code only in part); then ELK on a map of a hundred boxes. Cold, ELK took half a
 * second for the first file of 100 boxes a reader opened.
 */
async function warmUp(): Promise<LayoutAnswer> {
  const { generateMap } = await import('../../demo/generateMap');
  for (const seed of [1, 2]) {
    const sketch = sketchMap(generateMap({ nodes: WARM_UP_NODES, seed }), DEFAULT_LAYOUT_OPTIONS);
    if (sketch) toLayoutJson(sketch);
  }
  await layoutMap(generateMap({ nodes: 100, seed: 3 }), DEFAULT_LAYOUT_OPTIONS, elk);
  return { kind: 'warm-up' };
}
const WARM_UP_NODES = 300;

serveRequests<LayoutRequest, LayoutAnswer>(async (request, interim) =>
  request.kind === 'warm-up'
    ? warmUp()
    : request.kind === 'map'
      ? {
          kind: 'map',
          layout: toLayoutJson(
            await layoutMap(
              request.map,
              request.options,
              elk,
              request.previous,
              request.sketch
                ? (layout) => interim({ kind: 'map', layout: toLayoutJson(layout) })
                : undefined,
            ),
          ),
        }
      : { kind: 'graph', graph: await elk.layout(request.graph) },
);
