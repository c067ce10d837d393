import { parseMapLater } from '../model/parseMapLater';
import type { ArgumentMap } from '../model/types';
import { LibraryStorageError } from './errors';
import type { KeyValueStore } from './keyValueStore';

/** One map in the library, as stored under `map:<id>`. */
export interface LibraryRecord {
  id: string;
  title: string;
  /** ms since the epoch. */
  createdAt: number;
  updatedAt: number;
  map: ArgumentMap;
}

/** What a list of the library shows about a map, without handing out the map itself. */
export interface LibraryEntry {
  id: string;
  title: string;
  updatedAt: number;
  nodeCount: number;
}

export interface Library {
  /** Every readable map, newest first; records whose map no longer passes parseMap are skipped. */
  list(): Promise<LibraryEntry[]>;
  /** The record, its map checked with parseMap; null when missing, unreadable or invalid. */
  load(id: string): Promise<LibraryRecord | null>;
  /** Creates or updates the record: keeps createdAt, takes the title from map.title. */
  save(id: string, map: ArgumentMap): Promise<void>;
  /** Deletes the record and returns it (null if there was no readable one), so `restore` can undo. */
  remove(id: string): Promise<LibraryRecord | null>;
  /** Puts back a record exactly as `remove` returned it. */
  restore(record: LibraryRecord): Promise<void>;
  /** A copy under a new id, titled "<title> <titleSuffix>" (map.title too); null if id is missing. */
  duplicate(id: string, titleSuffix: string): Promise<LibraryRecord | null>;
  /** Sets the record's title and map.title; does nothing if the map is missing. */
  rename(id: string, title: string): Promise<void>;
  /** The id of the map that was open, as stored; it may name a record removed since. */
  currentId(): Promise<string | null>;
  setCurrentId(id: string | null): Promise<void>;
  /**
   * Moves the single-map autosave (`current-map`) into a new record, makes it current and
   * deletes the old key; returns the new id, or null if there was nothing (valid) to move.
   */
  migrateLegacy(): Promise<string | null>;
}

const MAP_PREFIX = 'map:';
const CURRENT_KEY = 'current';
/** Where src/store/autosave.ts kept the one map before there was a library. */
export const LEGACY_KEY = 'current-map';

const mapKey = (id: string) => `${MAP_PREFIX}${id}`;

/** A random, URL-safe id: 96 bits as 16 base64url characters. */
export function newMapId(): string {
  // getRandomValues, not randomUUID: the latter is missing outside secure contexts (plain http).
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const numberOr = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** A stored value as a record, its map checked; null when it is not one. */
async function checkRecord(id: string, value: unknown): Promise<LibraryRecord | null> {
  if (!isObject(value)) return null;
  const parsed = await parseMapLater(value.map);
  if (!parsed.ok) return null;
  const updatedAt = numberOr(value.updatedAt, 0);
  return {
    id,
    title: typeof value.title === 'string' && value.title ? value.title : parsed.map.title,
    createdAt: numberOr(value.createdAt, updatedAt),
    updatedAt,
    map: parsed.map,
  };
}

export function createLibrary(kv: KeyValueStore, now: () => number = () => Date.now()): Library {
  /** Reads never throw: a failing store reads as empty. */
  const read = async (key: string): Promise<unknown> => {
    try {
      return await kv.get(key);
    } catch {
      return undefined;
    }
  };

  /** Writes reject with a LibraryStorageError that says what failed and why. */
  const write = async (action: string, run: () => Promise<void>): Promise<void> => {
    try {
      await run();
    } catch (e) {
      throw new LibraryStorageError(action, e);
    }
  };

  // When each known map was created: a save is then one write, with no read before it, so
  // the last save, started as the page goes away, is issued before the page is gone.
  const created = new Map<string, number>();
  const load = async (id: string) => {
    const record = await checkRecord(id, await read(mapKey(id)));
    if (record) created.set(id, record.createdAt);
    return record;
  };

  const put = (record: LibraryRecord) => {
    created.set(record.id, record.createdAt);
    return write('Saving', () => kv.set(mapKey(record.id), record));
  };

  return {
    async list() {
      let ids: string[];
      try {
        ids = (await kv.keys())
          .filter((k) => k.startsWith(MAP_PREFIX))
          .map((k) => k.slice(MAP_PREFIX.length));
      } catch {
        return [];
      }
      const records = await Promise.all(ids.map(load));
      return records
        .filter((r): r is LibraryRecord => r !== null)
        .map((r) => ({
          id: r.id,
          title: r.title,
          updatedAt: r.updatedAt,
          nodeCount: r.map.nodes.length,
        }))
        .sort(
          (a, b) =>
            b.updatedAt - a.updatedAt || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
        );
    },

    load,

    save(id, map) {
      const time = now();
      return put({
        id,
        title: map.title,
        createdAt: created.get(id) ?? time,
        updatedAt: time,
        map,
      });
    },

    async remove(id) {
      const record = await load(id);
      await write('Deleting', () => kv.del(mapKey(id)));
      return record;
    },

    restore: put,

    async duplicate(id, titleSuffix) {
      const original = await load(id);
      if (!original) return null;
      const title = `${original.title} ${titleSuffix}`.trim();
      const time = now();
      const copy: LibraryRecord = {
        id: newMapId(),
        title,
        createdAt: time,
        updatedAt: time,
        map: { ...original.map, title },
      };
      await put(copy);
      return copy;
    },

    async rename(id, title) {
      const name = title.trim();
      // parseMap refuses an empty title, and a record it refuses drops out of the list.
      if (!name) throw new Error('Renaming failed: the title must not be empty.');
      const record = await load(id);
      if (!record) return;
      await put({ ...record, title: name, updatedAt: now(), map: { ...record.map, title: name } });
    },

    async currentId() {
      const id = await read(CURRENT_KEY);
      return typeof id === 'string' && id ? id : null;
    },

    async setCurrentId(id) {
      await write('Saving', () => (id === null ? kv.del(CURRENT_KEY) : kv.set(CURRENT_KEY, id)));
    },

    async migrateLegacy() {
      const legacy = await read(LEGACY_KEY);
      if (legacy === undefined) return null;
      // An old autosave that no longer parses stays where it is: nothing is destroyed here.
      const parsed = isObject(legacy) ? await parseMapLater(legacy.map) : null;
      if (!parsed?.ok || !isObject(legacy)) return null;
      const savedAt = numberOr(legacy.savedAt, 0) || now();
      const id = newMapId();
      await put({
        id,
        title: parsed.map.title,
        createdAt: savedAt,
        updatedAt: savedAt,
        map: parsed.map,
      });
      await write('Saving', () => kv.set(CURRENT_KEY, id));
      await write('Saving', () => kv.del(LEGACY_KEY));
      return id;
    },
  };
}
