/// <reference lib="webworker" />
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * The worker's side: answers each request in turn, and turns an exception into a reply that
 * says what went wrong, so the page's caller is never left waiting.
 */
export function serveRequests<Request extends WorkerRequest, Answer>(
  answer: (request: Request, interim: (early: Answer) => void) => Promise<Answer>,
): void {
  self.onmessage = async (e: MessageEvent<Request>) => {
    const { id } = e.data;
    const interim = (early: Answer) => {
      const reply: WorkerReply<Answer> = { id, ok: true, interim: true, ...early };
      self.postMessage(reply);
    };
    let reply: WorkerReply<Answer>;
    try {
      reply = { id, ok: true, ...(await answer(e.data, interim)) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  };
}
