/// <reference lib="webworker" />
import type { InterimUsed, WorkerReply, WorkerRequest } from './protocol';

/** The longest a worker waits for the page to use an interim answer before it goes on. */
export const INTERIM_WAIT_MS = 400;

/**
 * The worker's side: answers each request in turn, and turns an exception into a reply that
 * says what went wrong, so the page's caller is never left waiting. `interim` sends an early
 * answer and resolves once the page has used it (or after INTERIM_WAIT_MS, whichever is first).
 */
export function serveRequests<Request extends WorkerRequest, Answer>(
  answer: (request: Request, interim: (early: Answer) => Promise<void>) => Promise<Answer>,
): void {
  const used = new Map<number, () => void>();
  self.onmessage = async (e: MessageEvent<Request | InterimUsed>) => {
    if ('interimUsed' in e.data) {
      used.get(e.data.id)?.();
      return;
    }
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
      reply = { id, ok: true, ...(await answer(e.data as Request, interim)) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  };
}
