/**
 * What the build makes of the default map with the app's own code (loaded through Vite's module
 * runner by vite.config.ts): its layouts for the page's cache, and its picture for index.html.
 */
import type { MapLayout } from '../../src/layout/types';
import { defaultMap, defaultMapLayouts } from './defaultMapLayouts';
import { firstPictureHtml } from './firstPicture';

export interface DefaultMapAtBuild {
  /** By the cache key the page asks for. */
  layouts: Record<string, MapLayout>;
  pictureHtml: string;
}

export async function defaultMapAtBuild(build: string): Promise<DefaultMapAtBuild> {
  const layouts = await defaultMapLayouts(build);
  return {
    layouts: Object.fromEntries(layouts.map((l) => [l.key, l.layout])),
    pictureHtml: firstPictureHtml(defaultMap, layouts),
  };
}
