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

export type LayoutReply =
  | { id: number; ok: true; kind: 'map'; layout: MapLayout }
  | { id: number; ok: true; kind: 'graph'; graph: ElkNode }
  | { id: number; ok: false; message: string };
