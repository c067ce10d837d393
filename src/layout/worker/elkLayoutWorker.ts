/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { serveRequests } from '../../workers/serveRequests';
import { layoutMap } from '../layoutMap';
import type { MapLayout } from '../types';
import type { LayoutAnswer, LayoutJson, LayoutRequest } from './protocol';

/**
 * The whole layout stage off the page's thread: measuring the text of thousands of boxes and
 * building ELK's graph took a third of a second at 2000 nodes, ELK itself seconds.
 *
 * ELK's engine takes over a worker's `onmessage` when it is made, so it is made first and
 * `onmessage` set after it.
 */
const elk = new ELK();

const asJson = (layout: MapLayout) => JSON.stringify(layout) as LayoutJson;

serveRequests<LayoutRequest, LayoutAnswer>(async (request, interim) =>
  request.kind === 'map'
    ? {
        kind: 'map',
        layout: asJson(
          await layoutMap(
            request.map,
            request.options,
            elk,
            request.previous,
            request.sketch
              ? (layout) => interim({ kind: 'map', layout: asJson(layout) })
              : undefined,
          ),
        ),
      }
    : { kind: 'graph', graph: await elk.layout(request.graph) },
);
