/// <reference lib="webworker" />
import { serveRequests } from '../../workers/serveRequests';
import { importMap } from '../importers';
import type { ParseAnswer, ParseRequest } from './protocol';

/**
 * Parsing off the page's thread: Argdown's parser takes ~50 ms for 100 statements and ~170 ms
 * for 1000, long enough to make typing and scrolling stutter. An importer's own bug comes back
 * as a failed reply: the page reports it and keeps the open map.
 */
serveRequests<ParseRequest, ParseAnswer>(async (request) => ({
  result:
    request.kind === 'import'
      ? await importMap(request.name, request.text)
      : (await import('../argdown/fromArgdown')).fromArgdown(request.text),
}));
