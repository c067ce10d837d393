import type { InterimUsed, Unnumbered, WorkerReply, WorkerRequest } from './protocol';

export interface WorkerClient<Request extends WorkerRequest, Answer> {
  /**
   * Sends a request to the worker (started on first use) and waits for its answer; interim
   * answers on the way go to `onInterim`, and the worker hears when the promise it returns
   * settles (the page has used the answer: see serveRequests).
   */
  ask(request: Unnumbered<Request>, onInterim?: (early: Answer) => unknown): Promise<Answer>;
  /** Stops the worker; whoever waits is told `reason`, and the next request starts a new one. */
  stop(reason: string): void;
  /** Whether a worker of this client ever crashed or failed to start. */
  readonly crashed: boolean;
}

/**
 * The page's side of one of our workers: numbers requests, matches replies to them, and fails
 * every waiting caller when the worker dies. `name` begins the message then ("the layout worker").
 */
export function createWorkerClient<Request extends WorkerRequest, Answer>(
  start: () => Worker,
  name: string,
): WorkerClient<Request, Answer> {
  let worker: Worker | null = null;
  let crashed = false;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (a: Answer) => void; reject: (e: Error) => void; interim?: (a: Answer) => unknown }
  >();

  const stop = (reason: string) => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(new Error(reason));
    pending.clear();
  };

  const running = (): Worker => {
    if (worker) return worker;
    let started: Worker;
    try {
      started = start();
    } catch (e) {
      crashed = true;
      throw e;
    }
    started.onmessage = (e: MessageEvent<WorkerReply<Answer>>) => {
      const waiting = pending.get(e.data.id);
      if (e.data.ok && e.data.interim) {
        const { id } = e.data;
        const used: InterimUsed = { id, interimUsed: true };
        void Promise.resolve(waiting?.interim?.(e.data))
          .catch(() => {})
          .then(() => worker?.postMessage(used));
        return;
      }
      pending.delete(e.data.id);
      if (!waiting) return;
      if (e.data.ok) waiting.resolve(e.data);
      else waiting.reject(new Error(e.data.message));
    };
    started.onerror = (e) => {
      e.preventDefault();
      crashed = true;
      stop(`${name} stopped: ${e.message || 'it could not start'}`);
    };
    worker = started;
    return started;
  };

  return {
    ask(request, interim) {
      const w = running();
      const id = nextId++;
      return new Promise<Answer>((resolve, reject) => {
        pending.set(id, { resolve, reject, interim });
        w.postMessage({ ...request, id });
      });
    },
    stop,
    get crashed() {
      return crashed;
    },
  };
}
