import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../../model/types';
import type { ElkRunner } from '../layoutMap';
import type { LayoutOptions, MapLayout, Point } from '../types';
import type { LayoutReply, LayoutRequest } from './protocol';

type Pending = { resolve: (reply: LayoutReply & { ok: true }) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Every caller still waiting is told the worker is gone. */
function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
}

/** The page's one layout worker, started on first use: the map view, presenter and exports share it. */
function layoutWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./elkLayoutWorker.ts', import.meta.url), {
    type: 'module',
  });
  started.onmessage = (e: MessageEvent<LayoutReply>) => {
    const waiting = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!waiting) return;
    if (e.data.ok) waiting.resolve(e.data);
    else waiting.reject(new Error(e.data.message));
  };
  started.onerror = (e) => {
    e.preventDefault();
    stopLayoutWorker(`the layout worker stopped: ${e.message || 'it could not start'}`);
  };
  worker = started;
  return started;
}

type Request = LayoutRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

function ask(request: Request): Promise<LayoutReply & { ok: true }> {
  const w = layoutWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ ...request, id } as LayoutRequest);
  });
}

/** Measures, builds the ELK graph and lays it out in the worker (see layoutMap). */
export async function layoutOffThread(
  map: ArgumentMap,
  options: LayoutOptions,
  previous?: ReadonlyMap<string, Point>,
): Promise<MapLayout> {
  const reply = await ask({ kind: 'map', map, options, previous });
  if (reply.kind !== 'map') throw new Error('the layout worker answered another question');
  return reply.layout;
}

/** ELK in the layout worker, for callers that build their own graph (the exports). */
export const workerElk: ElkRunner = {
  layout: async (graph: ElkNode) => {
    const reply = await ask({ kind: 'graph', graph });
    if (reply.kind !== 'graph') throw new Error('the layout worker answered another question');
    return reply.graph;
  },
};

/**
 * Stops the worker and what it is doing (a layout cancelled or taking too long); whoever
 * waits is told so, and the next layout starts a new worker.
 */
export function stopLayoutWorker(reason = 'the layout was stopped'): void {
  worker?.terminate();
  worker = null;
  failAll(reason);
}
