import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../../model/types';
import type { LayoutOptions, MapLayout, Point } from '../types';

/** Asked of the layout worker: a whole map laid out, or a ready ELK graph (the exports'). */
export type LayoutRequest =
  | {
      id: number;
      kind: 'map';
      map: ArgumentMap;
      options: LayoutOptions;
      previous?: ReadonlyMap<string, Point>;
      /** Send a quick sketch of a big map first (an interim answer), then ELK's layout. */
      sketch?: boolean;
    }
  | { id: number; kind: 'graph'; graph: ElkNode }
  /** Sketch a generated big map, for nobody: the code a big map's sketch runs gets compiled. */
  | { id: number; kind: 'warm-up' };

/**
 * A map's layout comes as JSON text: the page parses thousands of boxes from text in a third
 * of the time the structured clone takes to rebuild them, and its thread is what the reader feels.
 */
export type LayoutAnswer =
  | { kind: 'map'; layout: LayoutJson }
  | { kind: 'graph'; graph: ElkNode }
  | { kind: 'warm-up' };

/** `JSON.stringify` of a MapLayout. */
export type LayoutJson = string & { readonly __layout: MapLayout };
