import { fromElkResult } from '../../src/layout/fromElkResult';
import { type ElkRunner, layoutMap } from '../../src/layout/layoutMap';
import { measureNodes } from '../../src/layout/measureNodes';
import { toElkGraph } from '../../src/layout/toElkGraph';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';

/**
 * The layering the app tries for small maps only (every leaf in the lowest layer): shown on big
 * maps too, to show why it is not used there (long routes through other layers, more crossings).
 */
export const LEAVES_LOWEST = { 'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE' };

/**
 * The app's pipeline (`layoutMap` with the default options). With `overrides`, the same stages
 * with some root ELK options replaced, to show what a single option costs.
 */
export async function layoutWithElk(
  map: ArgumentMap,
  elk: ElkRunner,
  overrides?: Record<string, string>,
): Promise<MapLayout> {
  if (!overrides) return layoutMap(map, DEFAULT_LAYOUT_OPTIONS, elk);
  const sizes = measureNodes(map, DEFAULT_LAYOUT_OPTIONS.labels);
  // ELK's own layering underneath, so the override is all that differs from plain ELK.
  const graph = toElkGraph(map, sizes, DEFAULT_LAYOUT_OPTIONS, {
    layering: 'NETWORK_SIMPLEX',
    modelOrder: 'NONE',
  });
  graph.layoutOptions = { ...graph.layoutOptions, ...overrides };
  return fromElkResult(map, sizes, await elk.layout(graph));
}
