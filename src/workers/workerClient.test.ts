import { describe, expect, it } from 'vitest';
import { createWorkerClient } from './workerClient';

/** A stand-in Worker: records what the page sends and lets the test answer. */
function fakeWorker() {
  const received: unknown[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent) => unknown) | null,
    onerror: null,
    postMessage: (m: unknown) => received.push(m),
    terminate: () => {},
  };
  const reply = (data: unknown) => worker.onmessage?.({ data } as MessageEvent);
  return { worker: worker as unknown as Worker, received, reply };
}

describe("the page's side of a worker", () => {
  it('tells the worker when it has used an interim answer, not before', async () => {
    const { worker, received, reply } = fakeWorker();
    const client = createWorkerClient<{ id: number; q: string }, { a: string }>(
      () => worker,
      'the test worker',
    );
    let drawn: () => void = () => {};
    const seen: string[] = [];
    const answer = client.ask({ q: 'map' }, (early) => {
      seen.push(early.a);
      return new Promise<void>((resolve) => {
        drawn = resolve;
      });
    });
    expect(received).toEqual([{ id: 1, q: 'map' }]);
    reply({ id: 1, ok: true, interim: true, a: 'sketch' });
    await Promise.resolve();
    expect(seen).toEqual(['sketch']);
    expect(received).toHaveLength(1);
    drawn();
    await new Promise((r) => setTimeout(r, 0));
    expect(received.at(-1)).toEqual({ id: 1, interimUsed: true });
    reply({ id: 1, ok: true, a: 'layout' });
    expect(await answer).toEqual({ id: 1, ok: true, a: 'layout' });
  });
});
