/// <reference lib="webworker" />
import { importMap } from '../importers';
import type { ParseReply, ParseRequest } from './protocol';

/**
 * Parsing off the page's thread: Argdown's parser takes ~50 ms for 100 statements and ~170 ms
 * for 1000, long enough to make typing and scrolling stutter.
 */
self.onmessage = async (e: MessageEvent<ParseRequest>) => {
  const request = e.data;
  let reply: ParseReply;
  try {
    const result =
      request.kind === 'import'
        ? await importMap(request.name, request.text)
        : (await import('../argdown/fromArgdown')).fromArgdown(request.text);
    reply = { id: request.id, ok: true, result };
  } catch (error) {
    // An importer's own bug: the page reports it and keeps the open map.
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
