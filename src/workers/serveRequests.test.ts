import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTERIM_WAIT_MS, serveRequests, warmUpInSteps } from './serveRequests';

/** A stand-in for the worker's global: what the worker posts, and a way to message it. */
function fakeWorkerScope() {
  const posted: unknown[] = [];
  const scope = {
    onmessage: null as ((e: MessageEvent) => unknown) | null,
    postMessage: (m: unknown) => posted.push(m),
  };
  vi.stubGlobal('self', scope);
  const send = (data: unknown) => scope.onmessage?.({ data } as MessageEvent);
  return { posted, send };
}

describe('a worker answering with an interim answer first', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('goes on once the page has used the interim answer (the sketch is drawn)', async () => {
    const { posted, send } = fakeWorkerScope();
    const steps: string[] = [];
    serveRequests<{ id: number }, { step: string }>(async (_request, interim) => {
      await interim({ step: 'sketch' });
      steps.push('heavy work');
      return { step: 'layout' };
    });
    send({ id: 7 });
    await vi.advanceTimersByTimeAsync(INTERIM_WAIT_MS / 2);
    expect(posted).toEqual([{ id: 7, ok: true, interim: true, step: 'sketch' }]);
    expect(steps).toEqual([]);
    send({ id: 7, interimUsed: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(steps).toEqual(['heavy work']);
    expect(posted.at(-1)).toEqual({ id: 7, ok: true, step: 'layout' });
  });

  it('does not wait for ever on a page that never says so', async () => {
    const { posted, send } = fakeWorkerScope();
    serveRequests<{ id: number }, { step: string }>(async (_request, interim) => {
      await interim({ step: 'sketch' });
      return { step: 'layout' };
    });
    send({ id: 1 });
    await vi.advanceTimersByTimeAsync(INTERIM_WAIT_MS - 1);
    expect(posted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(posted.at(-1)).toEqual({ id: 1, ok: true, step: 'layout' });
  });
});

describe('a warm-up ahead of need', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives way to a file the page asks for while it runs: the rest of it is left', async () => {
    const { posted, send } = fakeWorkerScope();
    const done: string[] = [];
    let warmedUp: Promise<void> | undefined;
    serveRequests<{ id: number; kind: string }, { kind: string }>(
      async (request, _interim, received) => {
        if (request.kind !== 'warm-up') {
          done.push(request.kind);
          return { kind: 'read' };
        }
        warmedUp = warmUpInSteps(
          [
            // The reader opens a file while the first step runs.
            () => {
              done.push('step 1');
              send({ id: 2, kind: 'file' });
            },
            () => done.push('step 2'),
            () => done.push('step 3'),
          ],
          received,
        );
        await warmedUp;
        return { kind: 'warm-up' };
      },
    );
    send({ id: 1, kind: 'warm-up' });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    await warmedUp;
    expect(done).toEqual(['step 1', 'file']);
    expect(posted).toContainEqual({ id: 2, ok: true, kind: 'read' });
    expect(posted).toContainEqual({ id: 1, ok: true, kind: 'warm-up' });
  });

  it('runs every step when nothing else is asked', async () => {
    const done: number[] = [];
    await warmUpInSteps(
      [1, 2, 3].map((n) => () => done.push(n)),
      () => 1,
    );
    expect(done).toEqual([1, 2, 3]);
  });
});
