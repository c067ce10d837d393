import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../../model/types';
import type { LayoutOptions, PreviousLayout } from '../types';
import type { LayoutJson } from './layoutJson';

/** Asked of the layout worker: a whole map laid out, or a ready ELK graph (the exports'). */
export type LayoutRequest =
  | {
      id: number;
      kind: 'map';
      map: ArgumentMap;
      options: LayoutOptions;
      previous?: PreviousLayout;
      /** Send a quick sketch of a big map first (an interim answer), then ELK's layout. */
      sketch?: boolean;
    }
  | { id: number; kind: 'graph'; graph: ElkNode }
  /** Sketch a generated big map, for nobody: the code a big map's sketch runs gets compiled. */
  | { id: number; kind: 'warm-up' };

/** A map's layout comes as JSON text (see layoutJson). */
export type LayoutAnswer =
  | { kind: 'map'; layout: LayoutJson }
  | { kind: 'graph'; graph: ElkNode }
  | { kind: 'warm-up' };
