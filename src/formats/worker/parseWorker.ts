/// <reference lib="webworker" />
import { serveRequests, warmUpInSteps } from '../../workers/serveRequests';
import { importMap } from '../importers';
import type { ParseAnswer, ParseRequest, ReadJson, ReadResult } from './protocol';

/**
 * Parsing off the page's thread: Argdown's parser takes ~50 ms for 100 statements and ~170 ms
 * for 1000, long enough to make typing and scrolling stutter. An importer's own bug comes back
 * as a failed reply: the page reports it and keeps the open map.
 */
serveRequests<ParseRequest, ParseAnswer>(async (request, _interim, received) => {
  if (request.kind === 'warm-up') return warmUp(received);
  const result: ReadResult =
    request.kind === 'import'
      ? await importMap(request.name, request.text)
      : (await import('../argdown/fromArgdown')).fromArgdown(request.text);
  return { kind: 'read', json: JSON.stringify(result) as ReadJson };
});

/**
 * A generated map written as Argdown, read three times as a file is: statements, arguments,
 * relations, tags, data and front matter all pass through the parser, the guard and our
 * reading (once compiles the code only in part). Cold, the first file of 1000 statements
 * took twice as long. Given up once the page asks for a file (warmUpInSteps).
 */
async function warmUp(received: () => number): Promise<ParseAnswer> {
  const [{ generateMap }, { toArgdown }] = await Promise.all([
    import('../../demo/generateMap'),
    import('../argdown/toArgdown'),
  ]);
  const text = toArgdown(generateMap({ nodes: WARM_UP_NODES, seed: 1 }));
  const read = () => importMap('warm-up.argdown', text);
  await warmUpInSteps([read, read, read], received);
  return { kind: 'warmed-up' };
}
const WARM_UP_NODES = 150;
