import { MARKS, mark } from '../../workers/marks';
import type { Unnumbered } from '../../workers/protocol';
import { createWorkerClient } from '../../workers/workerClient';
import { importMap } from '../importers';
import type { ImportResult } from '../shared/importResult';
import type { ParseAnswer, ParseRequest, ReadResult } from './protocol';

/** The page's parsing worker, started on first use. */
const client = createWorkerClient<ParseRequest, ParseAnswer>(
  () => new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' }),
  'the parsing worker',
);

/**
 * Asks the worker; where there are no workers, or the worker cannot start or died, the text
 * is read here instead (slower, but the file still opens).
 */
async function ask(
  request: Unnumbered<ParseRequest>,
  here: () => Promise<ReadResult> | ReadResult,
): Promise<ReadResult> {
  if (typeof Worker === 'undefined' || client.crashed) return here();
  try {
    const answer = await client.ask(request);
    if (answer.kind !== 'read') throw new Error('the parsing worker answered another question');
    return JSON.parse(answer.json) as ReadResult;
  } catch (error) {
    // The worker failed (not the file): read it here rather than give up.
    if (client.crashed) return here();
    throw error;
  }
}

/** Reads a map file in any format the app opens, in the worker (see importMap). */
export function importOffThread(name: string, text: string): Promise<ReadResult> {
  return ask({ kind: 'import', name, text }, () => importMap(name, text));
}

/** Reads the Argdown editor's text in the worker. */
export function argdownOffThread(text: string): Promise<ImportResult> {
  return ask({ kind: 'argdown', text }, async () =>
    (await import('../argdown/fromArgdown')).fromArgdown(text),
  );
}

/**
 * Starts the worker and gets it ready for files ahead of need, when the page is idle (see the
 * worker's warm-up): the first file opened is then read at full speed.
 */
export function prepareParsing(): void {
  if (typeof Worker === 'undefined' || client.crashed) return;
  void client
    .ask({ kind: 'warm-up' })
    .then(() => mark(MARKS.parsingPrepared))
    .catch(() => {});
}
