import keys from 'virtual:bundled-layout-keys';
import type { MapLayout } from './types';

type Layouts = Readonly<Record<string, MapLayout>>;
let loading: Promise<Layouts> | null = null;

/**
 * Fetches the layouts made at build time (see scripts/vite/defaultMapLayouts.ts) ahead of need:
 * the page calls it at start when it will show the default map, so the layouts are in when
 * its first layout is asked for.
 */
export function loadBundledLayouts(): Promise<Layouts> {
  loading ??= import('virtual:bundled-layouts').then((m) => m.default);
  return loading;
}

/**
 * A layout made at build time for this key (the default map with the default view options),
 * or null. The layouts are loaded only when the key is one of theirs.
 */
export async function bundledLayout(key: string): Promise<MapLayout | null> {
  if (!keys.includes(key)) return null;
  return (await loadBundledLayouts())[key] ?? null;
}
