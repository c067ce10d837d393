/**
 * The default map's layouts, made at build time: a first visit draws the map without
 * starting ELK's worker (cold, its script and first run took 1.3 s of the 2.5 s to the first
 * paint; npm run bench, section 1). One per interface language (node headers are words in it)
 * with the default view options, each under the key the page will ask the cache for.
 * vite.config.ts serves them to the page as `virtual:bundled-layouts`.
 */
import defaultMapFile from '../../data/default-map.json' with { type: 'json' };
import { NO_FILTER, visibleMap } from '../../src/explore/visibleMap';
import { LANGUAGES } from '../../src/i18n/resources';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { layoutKey } from '../../src/layout/layoutKey';
import { layoutMap } from '../../src/layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type MapLayout } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';

/** The layouts by cache key. The options are built as the page builds them (key order too). */
export async function defaultMapLayouts(build: string): Promise<Record<string, MapLayout>> {
  const elk = createInProcessElk();
  const map = visibleMap(defaultMapFile as ArgumentMap, NO_FILTER).map;
  const out: Record<string, MapLayout> = {};
  for (const language of LANGUAGES) {
    const { direction, density, labels } = DEFAULT_LAYOUT_OPTIONS;
    const options: LayoutOptions = { direction, density, labels, language };
    out[await layoutKey(map, options, build)] = await layoutMap(map, options, elk);
  }
  return out;
}
