/**
 * The default map's layouts, made at build time: a first visit draws the map without
 * starting ELK's worker (cold, its script and first run took 1.3 s of the 2.5 s to the first
 * paint; npm run bench, section 1). One per interface language (node headers are words in it)
 * with the default view options, each under the key the page will ask the cache for.
 * vite.config.ts serves them to the page as `virtual:bundled-layouts`.
 */
import defaultMapFile from '../../data/default-map.json' with { type: 'json' };
import { NO_FILTER, visibleMap } from '../../src/explore/visibleMap';
import { LANGUAGES, type UiLanguage } from '../../src/i18n/resources';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { layoutKey } from '../../src/layout/layoutKey';
import { layoutMap } from '../../src/layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type MapLayout } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';

/** The map as a first visit shows it (nothing filtered out). */
export const defaultMap = visibleMap(defaultMapFile as ArgumentMap, NO_FILTER).map;

export interface DefaultMapLayout {
  language: UiLanguage;
  /** The cache key the page asks for (see layoutCache). */
  key: string;
  layout: MapLayout;
}

/** One layout per interface language. The options are built as the page builds them. */
export async function defaultMapLayouts(build: string): Promise<DefaultMapLayout[]> {
  const elk = createInProcessElk();
  const out: DefaultMapLayout[] = [];
  for (const language of LANGUAGES) {
    const { direction, density, labels } = DEFAULT_LAYOUT_OPTIONS;
    const options: LayoutOptions = { direction, density, labels, language };
    const key = await layoutKey(defaultMap, options, build);
    out.push({ language, key, layout: await layoutMap(defaultMap, options, elk) });
  }
  return out;
}
