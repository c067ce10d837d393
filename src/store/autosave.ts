import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { parseMap } from '../model/parseMap';
import type { ArgumentMap } from '../model/types';

const KEY = 'current-map';

export interface SavedMap {
  map: ArgumentMap;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
}

/** The app's own IndexedDB database; null where there is none (private modes, tests in Node). */
function database(): UseStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : createStore('argument-map', 'autosave');
  } catch {
    return null;
  }
}

let db: UseStore | null | undefined;
const store = () => {
  if (db === undefined) db = database();
  return db;
};

/** Keeps the map the user is working on, so a reload, crash or closed tab does not lose it. */
export async function saveCurrentMap(map: ArgumentMap): Promise<void> {
  const s = store();
  if (!s) return;
  try {
    await set(KEY, { map, savedAt: Date.now() } satisfies SavedMap, s);
  } catch {
    // A full or blocked database: the map still holds for this visit.
  }
}

/** The map saved by an earlier visit, if there is one and it still passes the model's checks. */
export async function loadCurrentMap(): Promise<SavedMap | null> {
  const s = store();
  if (!s) return null;
  try {
    const saved = (await get(KEY, s)) as { map?: unknown; savedAt?: unknown } | undefined;
    if (!saved?.map) return null;
    const checked = parseMap(saved.map);
    return checked.ok
      ? { map: checked.map, savedAt: typeof saved.savedAt === 'number' ? saved.savedAt : 0 }
      : null;
  } catch {
    return null;
  }
}

/** Forgets the saved map: the user went back to the default map, which needs no saving. */
export async function forgetCurrentMap(): Promise<void> {
  const s = store();
  if (!s) return;
  try {
    await del(KEY, s);
  } catch {
    // Nothing saved, or the database is gone: nothing to forget.
  }
}
