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
    }
  | { id: number; kind: 'graph'; graph: ElkNode };

export type LayoutAnswer = { kind: 'map'; layout: MapLayout } | { kind: 'graph'; graph: ElkNode };
