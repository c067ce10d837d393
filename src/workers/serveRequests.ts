/// <reference lib="webworker" />
import { nextTask } from './nextTask';
import type { InterimUsed, WorkerReply, WorkerRequest } from './protocol';

/** The longest a worker waits for the page to use an interim answer before it goes on. */
export const INTERIM_WAIT_MS = 400;

/**
 * The worker's side: answers each request in turn, and turns an exception into a reply that
 * says what went wrong, so the page's caller is never left waiting. `interim` sends an early
 * answer and resolves once the page has used it (or after INTERIM_WAIT_MS, whichever is first).
 * `received` counts the requests so far, for work that should give way to a newer one (see
 * warmUpInSteps).
 */
export function serveRequests<Request extends WorkerRequest, Answer>(
  answer: (
    request: Request,
    interim: (early: Answer) => Promise<void>,
    received: () => number,
  ) => Promise<Answer>,
): void {
  const used = new Map<number, () => void>();
  let count = 0;
  const received = () => count;
  self.onmessage = async (e: MessageEvent<Request | InterimUsed>) => {
    if ('interimUsed' in e.data) {
      used.get(e.data.id)?.();
      return;
    }
    count++;
    const { id } = e.data;
    const interim = (early: Answer) =>
      new Promise<void>((resolve) => {
        const done = () => {
          used.delete(id);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, INTERIM_WAIT_MS);
        used.set(id, done);
        const reply: WorkerReply<Answer> = { id, ok: true, interim: true, ...early };
        self.postMessage(reply);
      });
    let reply: WorkerReply<Answer>;
    try {
      reply = { id, ok: true, ...(await answer(e.data as Request, interim, received)) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  };
}

/**
 * Warm-up work done ahead of need, step by step, each step in a task of its own, and given up
 * as soon as the page asks for anything else: a file opened right after the page loaded waited
 * for the whole warm-up (about 2 s for a map of 9 boxes, 0.15 s once warm). `received` is
 * serveRequests' count; the warm-up's own request is counted before it starts.
 */
export async function warmUpInSteps(
  steps: readonly (() => unknown)[],
  received: () => number,
): Promise<void> {
  const asked = received();
  for (const step of steps) {
    await nextTask();
    if (received() !== asked) return;
    await step();
  }
}
