import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../explore/testMaps';
import type { ArgumentMap } from '../model/types';
import { LibraryStorageError } from './errors';
import { idbStore, type KeyValueStore, memoryStore } from './keyValueStore';
import { createLibrary, LEGACY_KEY, newMapId } from './library';

const base = loadDefaultMap();
const titled = (title: string, map: ArgumentMap = base): ArgumentMap => ({ ...map, title });

/** A clock that ticks one millisecond per call, so "newest first" is well defined. */
function clock(start = 1_000) {
  let t = start;
  return () => t++;
}

/** A store whose writes fail with the given DOMException name; reads work or fail as asked. */
function failingStore(name: string, readsFail = false): KeyValueStore {
  const fail = async (): Promise<never> => {
    throw new DOMException('the operation failed', name);
  };
  const inner = memoryStore();
  return {
    get: readsFail ? fail : inner.get,
    keys: readsFail ? fail : inner.keys,
    set: fail,
    del: fail,
  };
}

describe('library', () => {
  it('saves, loads and lists maps newest first', async () => {
    const lib = createLibrary(memoryStore(), clock());
    await lib.save('a', titled('First'));
    await lib.save('b', titled('Second', tinyMap(['x', 'y'])));
    expect(await lib.list()).toEqual([
      { id: 'b', title: 'Second', updatedAt: 1001, nodeCount: 2 },
      { id: 'a', title: 'First', updatedAt: 1000, nodeCount: base.nodes.length },
    ]);
    await lib.save('a', titled('First, edited'));
    const list = await lib.list();
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
    const a = await lib.load('a');
    expect(a).toEqual({
      id: 'a',
      title: 'First, edited',
      createdAt: 1000,
      updatedAt: 1002,
      map: titled('First, edited'),
    });
    expect(await lib.load('missing')).toBeNull();
  });

  it('skips records whose map no longer parses, and other keys', async () => {
    const kv = memoryStore();
    const lib = createLibrary(kv, clock());
    await lib.save('good', titled('Good'));
    await kv.set('map:broken', { id: 'broken', title: 'Broken', map: { version: 1, nodes: [] } });
    await kv.set('map:junk', 'not a record');
    await kv.set('current', 'good');
    await kv.set('something-else', { map: base });
    expect((await lib.list()).map((e) => e.id)).toEqual(['good']);
    expect(await lib.load('broken')).toBeNull();
    expect(await lib.load('junk')).toBeNull();
  });

  it('removes a map and restores it for undo', async () => {
    const lib = createLibrary(memoryStore(), clock());
    await lib.save('a', titled('A'));
    const before = await lib.load('a');
    const removed = await lib.remove('a');
    expect(removed).toEqual(before);
    expect(await lib.list()).toEqual([]);
    expect(await lib.remove('a')).toBeNull();
    if (!removed) throw new Error('nothing removed');
    await lib.restore(removed);
    expect(await lib.load('a')).toEqual(before);
  });

  it('duplicates a map under a new id and title', async () => {
    const lib = createLibrary(memoryStore(), clock());
    await lib.save('a', titled('A'));
    const copy = await lib.duplicate('a', '(copy)');
    expect(copy).not.toBeNull();
    expect(copy?.id).not.toBe('a');
    expect(copy?.title).toBe('A (copy)');
    expect(copy?.map.title).toBe('A (copy)');
    expect(copy?.map.nodes).toEqual(base.nodes);
    expect(await lib.load(copy?.id ?? '')).toEqual(copy);
    expect((await lib.load('a'))?.title).toBe('A');
    expect((await lib.list()).map((e) => e.title)).toEqual(['A (copy)', 'A']);
    expect(await lib.duplicate('missing', '(copy)')).toBeNull();
  });

  it('renames the record and the map, keeping createdAt', async () => {
    const lib = createLibrary(memoryStore(), clock());
    await lib.save('a', titled('A'));
    await lib.rename('a', '  New name ');
    const a = await lib.load('a');
    expect(a?.title).toBe('New name');
    expect(a?.map.title).toBe('New name');
    expect(a?.createdAt).toBe(1000);
    await expect(lib.rename('a', '   ')).rejects.toThrow(/must not be empty/);
    await lib.rename('missing', 'x');
    expect(await lib.list()).toHaveLength(1);
  });

  it('remembers the current map', async () => {
    const lib = createLibrary(memoryStore());
    expect(await lib.currentId()).toBeNull();
    await lib.setCurrentId('a');
    expect(await lib.currentId()).toBe('a');
    await lib.setCurrentId(null);
    expect(await lib.currentId()).toBeNull();
  });

  it('moves the single-map autosave into the library', async () => {
    const kv = memoryStore();
    const lib = createLibrary(kv, clock(5_000));
    expect(await lib.migrateLegacy()).toBeNull();
    await kv.set(LEGACY_KEY, { map: titled('Autosaved'), savedAt: 42 });
    const id = await lib.migrateLegacy();
    expect(id).not.toBeNull();
    expect(await lib.currentId()).toBe(id);
    expect(await kv.get(LEGACY_KEY)).toBeUndefined();
    expect(await lib.load(id ?? '')).toEqual({
      id,
      title: 'Autosaved',
      createdAt: 42,
      updatedAt: 42,
      map: titled('Autosaved'),
    });
    expect(await lib.migrateLegacy()).toBeNull();
    expect(await lib.list()).toHaveLength(1);
  });

  it('leaves an old autosave that no longer parses alone', async () => {
    const kv = memoryStore();
    const lib = createLibrary(kv);
    await kv.set(LEGACY_KEY, { map: { version: 1 }, savedAt: 1 });
    expect(await lib.migrateLegacy()).toBeNull();
    expect(await kv.get(LEGACY_KEY)).toEqual({ map: { version: 1 }, savedAt: 1 });
    expect(await lib.list()).toEqual([]);
  });

  it('keeps stored records apart from the caller’s objects', async () => {
    const lib = createLibrary(memoryStore());
    const map = titled('A');
    await lib.save('a', map);
    map.nodes = [];
    expect((await lib.load('a'))?.map.nodes).toEqual(base.nodes);
  });

  it('says saving failed because storage is full', async () => {
    const lib = createLibrary(failingStore('QuotaExceededError'));
    const saving = lib.save('a', titled('A'));
    await expect(saving).rejects.toBeInstanceOf(LibraryStorageError);
    await expect(saving).rejects.toThrow('Saving failed: storage is full.');
    await expect(saving).rejects.toMatchObject({ reason: 'full' });
    await expect(lib.setCurrentId('a')).rejects.toThrow(/^Saving failed: storage is full/);
    await expect(lib.remove('a')).rejects.toThrow(/^Deleting failed/);
  });

  it('says why other writes failed', async () => {
    const blocked = createLibrary(failingStore('InvalidStateError'));
    await expect(blocked.save('a', titled('A'))).rejects.toMatchObject({
      reason: 'unavailable',
      message: expect.stringMatching(/^Saving failed: storage is blocked or unavailable/),
    });
    const other = createLibrary(failingStore('DataCloneError'));
    await expect(other.save('a', titled('A'))).rejects.toThrow(
      'Saving failed: storage refused the write (the operation failed).',
    );
  });

  it('reads from a failing store as empty', async () => {
    const lib = createLibrary(failingStore('UnknownError', true));
    expect(await lib.list()).toEqual([]);
    expect(await lib.load('a')).toBeNull();
    expect(await lib.currentId()).toBeNull();
    expect(await lib.migrateLegacy()).toBeNull();
    expect(await lib.duplicate('a', '(copy)')).toBeNull();
  });
});

describe('stores and ids', () => {
  it('has no IndexedDB store in Node', () => {
    expect(idbStore()).toBeNull();
  });

  it('makes distinct URL-safe ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, newMapId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
