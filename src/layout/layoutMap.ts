import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentMap } from '../model/types';
import { fromElkResult } from './fromElkResult';
import { measureNodes } from './measureNodes';
import { toElkGraph } from './toElkGraph';
import type { LayoutOptions, MapLayout } from './types';

/** Anything that can run ELK: the bundled engine in Node, or an ELK worker in the browser. */
export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** The whole layout stage: measure text, build the ELK graph, run ELK, read the result back. */
export async function layoutMap(
  map: ArgumentMap,
  options: LayoutOptions,
  elk: ElkRunner,
): Promise<MapLayout> {
  const sizes = measureNodes(map, options.labels);
  const result = await elk.layout(toElkGraph(map, sizes, options));
  return fromElkResult(map, sizes, result);
}
