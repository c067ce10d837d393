/** Every request to one of our workers carries an id; its reply carries the same id. */
export interface WorkerRequest {
  id: number;
}

/**
 * A reply: the answer's fields, or why there is none (an exception in the worker). An interim
 * answer (a first sketch, say) comes before the answer to the same request.
 */
export type WorkerReply<Answer> = ({ id: number; ok: true; interim?: true } & Answer) | FailedReply;
export interface FailedReply {
  id: number;
  ok: false;
  message: string;
}

/** A request as the page writes it, before the client numbers it (works on unions). */
export type Unnumbered<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;
