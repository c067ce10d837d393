import { type ImportFormatId, importMap } from '../importers';
import type { ImportResult } from '../shared/importResult';
import type { ParseReply, ParseRequest } from './protocol';

type Result = ImportResult & { format?: ImportFormatId };
type Pending = { resolve: (r: Result) => void; reject: (e: Error) => void };

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** The page's parsing worker, started on first use; null where there are no workers. */
function parsingWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return null;
  worker.onmessage = (e: MessageEvent<ParseReply>) => {
    const waiting = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!waiting) return;
    if (e.data.ok) waiting.resolve(e.data.result);
    else waiting.reject(new Error(e.data.message));
  };
  // A worker that cannot start (or dies) fails what it was asked, and parsing goes on here.
  worker.onerror = () => {
    for (const p of pending.values()) p.reject(new Error('the parsing worker stopped'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type Request = ParseRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

function ask(request: Request, here: () => Promise<Result> | Result): Promise<Result> {
  const w = parsingWorker();
  if (!w) return Promise.resolve(here());
  const id = nextId++;
  return new Promise<Result>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ ...request, id } as ParseRequest);
  }).catch(async (error: unknown) => {
    // The worker failed (not the file): read it here rather than give up.
    if (worker === null) return here();
    throw error;
  });
}

/** Reads a map file in any format the app opens, in the worker (see importMap). */
export function importOffThread(name: string, text: string): Promise<Result> {
  return ask({ kind: 'import', name, text }, () => importMap(name, text));
}

/** Reads the Argdown editor's text in the worker. */
export function argdownOffThread(text: string): Promise<ImportResult> {
  return ask({ kind: 'argdown', text }, async () =>
    (await import('../argdown/fromArgdown')).fromArgdown(text),
  );
}
