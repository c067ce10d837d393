import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../../model/types';
import { MARKS, mark } from '../../workers/marks';
import { createWorkerClient } from '../../workers/workerClient';
import type { ElkRunner } from '../layoutMap';
import type { LayoutOptions, MapLayout, PreviousLayout } from '../types';
import { fromLayoutJson } from './layoutJson';
import type { LayoutAnswer, LayoutRequest } from './protocol';

/** The page's one layout worker: the map view, presenter and exports share it. */
const client = createWorkerClient<LayoutRequest, LayoutAnswer>(
  () => new Worker(new URL('./elkLayoutWorker.ts', import.meta.url), { type: 'module' }),
  'the layout worker',
);

/**
 * Measures, builds the ELK graph and lays it out in the worker (see layoutMap). With
 * `onSketch`, a big map's quick sketch comes first, while ELK works.
 */
export async function layoutOffThread(
  map: ArgumentMap,
  options: LayoutOptions,
  previous?: PreviousLayout,
  /** Resolves once the sketch is drawn: ELK waits for it (see serveRequests). */
  onSketch?: (sketch: MapLayout) => Promise<void>,
): Promise<MapLayout> {
  const answer = await client.ask(
    { kind: 'map', map, options, previous, sketch: onSketch !== undefined },
    (early) => {
      // The worker starts ELK once the sketch is drawn (or a moment has passed).
      if (early.kind === 'map' && onSketch) return fromLayoutJson(early.layout).then(onSketch);
    },
  );
  if (answer.kind !== 'map') throw new Error('the layout worker answered another question');
  // Parsed a slice per task; the caller yields before its own work on it (see prepareDrawing).
  return fromLayoutJson(answer.layout);
}

/** ELK in the layout worker, for callers that build their own graph (the exports). */
export const workerElk: ElkRunner = {
  layout: async (graph: ElkNode) => {
    const answer = await client.ask({ kind: 'graph', graph });
    if (answer.kind !== 'graph') throw new Error('the layout worker answered another question');
    return answer.graph;
  },
};

/**
 * Gets the worker ready ahead of need, when the page is idle: started (a first visit draws
 * the default map from a layout made at build time, a later one from the cache: neither
 * starts it) and warmed up on generated maps, so that the first file a reader opens runs
 * compiled code (cold, the worker's start and its first sketch and layout took over a second).
 */
export function prepareLayout(): void {
  void client
    .ask({ kind: 'warm-up' })
    .then(() => mark(MARKS.layoutPrepared))
    .catch(() => {});
}

/**
 * Stops the worker and what it is doing (a layout cancelled or taking too long); whoever
 * waits is told so, and the next layout starts a new worker.
 */
export function stopLayoutWorker(reason = 'the layout was stopped'): void {
  client.stop(reason);
}
