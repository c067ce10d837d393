import { describe, expect, it } from 'vitest';
import defaultMapFile from '../../data/default-map.json' with { type: 'json' };
import { initialStateFromQuery } from '../../src/app/urlSync';
import { NO_FILTER, visibleMap } from '../../src/explore/visibleMap';
import { layoutKey } from '../../src/layout/layoutKey';
import type { ArgumentMap } from '../../src/model/types';
import { loadLayoutOptions } from '../../src/store/preferences';
import { defaultMapLayouts } from './defaultMapLayouts';

describe('the default map laid out at build time', () => {
  it('is found under the key a first visit asks for, in English and in German', async () => {
    const map = defaultMapFile as ArgumentMap;
    const layouts = await defaultMapLayouts('build-1');
    for (const language of ['en', 'de'] as const) {
      // As the page starts (main.tsx): saved options (none yet), the interface language, a
      // link without a query.
      const saved = { ...loadLayoutOptions(undefined), language };
      const { options } = initialStateFromQuery(map, '', saved).state;
      if (!options) throw new Error('no options');
      const key = await layoutKey(visibleMap(map, NO_FILTER).map, options, 'build-1');
      const layout = layouts.find((l) => l.key === key && l.language === language)?.layout;
      expect(layout?.nodes.length).toBe(map.nodes.length);
    }
    // Another build's page does not take them.
    const other = await layoutKey(
      visibleMap(map, NO_FILTER).map,
      { ...loadLayoutOptions(undefined), language: 'en' },
      'build-2',
    );
    expect(layouts.some((l) => l.key === other)).toBe(false);
  }, 60_000);
});
