/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { serveRequests, warmUpInSteps } from '../../workers/serveRequests';
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
 * compiles the code only in part); then ELK on maps of 30 and a hundred boxes. Cold, ELK took
 * half a second for the first file of 100 boxes a reader opened. Step by step, given up once
 * the page asks for a layout (warmUpInSteps).
 */
async function warmUp(received: () => number): Promise<LayoutAnswer> {
  const { generateMap } = await import('../../demo/generateMap');
  const sketch = (seed: number) => () => {
    const drawn = sketchMap(generateMap({ nodes: WARM_UP_NODES, seed }), DEFAULT_LAYOUT_OPTIONS);
    if (drawn) toLayoutJson(drawn);
  };
  const layout = (nodes: number, seed: number) => () =>
    layoutMap(generateMap({ nodes, seed }), DEFAULT_LAYOUT_OPTIONS, elk);
  await warmUpInSteps([layout(30, 4), sketch(1), sketch(2), layout(100, 3)], received);
  return { kind: 'warm-up' };
}
const WARM_UP_NODES = 300;

serveRequests<LayoutRequest, LayoutAnswer>(async (request, interim, received) =>
  request.kind === 'warm-up'
    ? warmUp(received)
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
