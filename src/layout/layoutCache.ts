import { createStore, delMany, get, set, type UseStore } from 'idb-keyval';
import { bundledLayout } from './bundledLayout';
import type { MapLayout } from './types';

/** Layouts kept between visits; older ones go. A default-map layout is ~20 KB. */
const KEEP = 24;
const INDEX = 'index';

let db: UseStore | null | undefined;
function store(): UseStore | null {
  if (db !== undefined) return db;
  try {
    db = typeof indexedDB === 'undefined' ? null : createStore('argument-map-layouts', 'layouts');
  } catch {
    db = null;
  }
  return db;
}

const memory = new Map<string, MapLayout>();

/**
 * A layout made before for this key (at build time, this visit, or an earlier one): drawing it
 * spares ELK's start (a third of a second) and run. Null when there is none or storage is
 * unavailable.
 */
export async function cachedLayout(key: string): Promise<MapLayout | null> {
  const here = memory.get(key) ?? (await bundledLayout(key));
  if (here) return here;
  const s = store();
  if (!s) return null;
  try {
    const kept = (await get(key, s)) as MapLayout | undefined;
    if (kept) memory.set(key, kept);
    return kept ?? null;
  } catch {
    return null;
  }
}

/** Keeps a fresh layout for next time; the oldest beyond KEEP are forgotten. Never throws. */
export async function keepLayout(key: string, layout: MapLayout): Promise<void> {
  memory.set(key, layout);
  const s = store();
  if (!s) return;
  try {
    const index = ((await get(INDEX, s)) as string[] | undefined) ?? [];
    const next = [...index.filter((k) => k !== key), key];
    await set(key, layout, s);
    await set(INDEX, next.slice(-KEEP), s);
    if (next.length > KEEP) await delMany(next.slice(0, next.length - KEEP), s);
  } catch {
    // A full or blocked store: the layout is only kept for this visit.
  }
}
