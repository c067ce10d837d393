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

/**
 * The page's word that it has used an interim answer (drawn the sketch): the worker holds back
 * its next heavy step until then, so the two do not share the machine's cores.
 */
export interface InterimUsed {
  id: number;
  interimUsed: true;
}

/** A request as the page writes it, before the client numbers it (works on unions). */
export type Unnumbered<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;
