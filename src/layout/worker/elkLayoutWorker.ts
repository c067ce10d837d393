/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutMap } from '../layoutMap';
import type { LayoutReply, LayoutRequest } from './protocol';

/**
 * The whole layout stage off the page's thread: measuring the text of thousands of boxes and
 * building ELK's graph took a third of a second at 2000 nodes, ELK itself seconds.
 *
 * ELK's engine takes over a worker's `onmessage` when it is made, so it is made first and
 * `onmessage` set after it.
 */
const elk = new ELK();

self.onmessage = async (e: MessageEvent<LayoutRequest>) => {
  const request = e.data;
  let reply: LayoutReply;
  try {
    reply =
      request.kind === 'map'
        ? {
            id: request.id,
            ok: true,
            kind: 'map',
            layout: await layoutMap(request.map, request.options, elk, request.previous),
          }
        : { id: request.id, ok: true, kind: 'graph', graph: await elk.layout(request.graph) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
