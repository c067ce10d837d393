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
  | { id: number; kind: 'graph'; graph: ElkNode };

export type LayoutAnswer = { kind: 'map'; layout: MapLayout } | { kind: 'graph'; graph: ElkNode };
