import { createStore, del, get, keys, set } from 'idb-keyval';

/** A small key-value interface, so the library runs on IndexedDB in the browser and in memory in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The database and object store the single-map autosave used, so its data stays readable. */
export const DATABASE_NAME = 'argument-map';
export const STORE_NAME = 'autosave';

/** The app's IndexedDB store; null where there is none or it refuses to open (private modes, Node). */
export function idbStore(): KeyValueStore | null {
  try {
    // Inside the try: where the browser blocks storage, even looking at indexedDB throws.
    if (typeof indexedDB === 'undefined') return null;
    const store = createStore(DATABASE_NAME, STORE_NAME);
    return {
      get: (key) => get(key, store),
      set: (key, value) => set(key, value, store),
      del: (key) => del(key, store),
      keys: async () => (await keys(store)).filter((k): k is string => typeof k === 'string'),
    };
  } catch {
    return null;
  }
}

/** An in-memory store for tests and as a fallback; values are cloned as IndexedDB would. */
export function memoryStore(): KeyValueStore {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? structuredClone(items.get(key)) : undefined),
    set: async (key, value) => void items.set(key, structuredClone(value)),
    del: async (key) => void items.delete(key),
    keys: async () => [...items.keys()],
  };
}
