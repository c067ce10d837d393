import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkRunner } from './layoutMap';

/** ELK in a Web Worker, so a big layout never blocks the page. */
export function createWorkerElk(): ElkRunner {
  return new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
}

let shared: InstanceType<typeof ELK> | null = null;

/** The page's one ELK worker, started on first use: the map view and exports share it. */
export function sharedWorkerElk(): ElkRunner {
  shared ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
  return shared;
}

/**
 * Stops the worker and what it is doing (a layout cancelled or taking too long); the next
 * layout starts a new one. Waiting callers are left unanswered: they must have given up.
 */
export function stopWorkerElk(): void {
  shared?.terminateWorker();
  shared = null;
}
