import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { createLibrary } from '../library';
import { memoryStore } from '../library/keyValueStore';
import { createAppStore } from './appStore';
import { fakeStorage } from './fakeStorage';
import { keepSaved, keepUnsaved, SAVE_DELAY_MS, takeUnsaved } from './keepSaved';
import { UNSAVED_KEY } from './storageKeys';

describe('the change kept as the page closes', () => {
  const map = tinyMap(['a', 'b'], [['r', 'support', 'a', 'b']]);

  it('comes back once, with its map id', async () => {
    const storage = fakeStorage();
    keepUnsaved(storage, 'doc-1', map);
    expect(await takeUnsaved(storage)).toEqual({ docId: 'doc-1', map });
    expect(await takeUnsaved(storage)).toBeNull();
  });

  it('is dropped when it is damaged, and a full storage does not throw', async () => {
    const storage = fakeStorage();
    storage.setItem(UNSAVED_KEY, '{"docId":"x","map":{"version":1}}');
    expect(await takeUnsaved(storage)).toBeNull();
    expect(() => keepUnsaved(fakeStorage(true), 'doc-1', map)).not.toThrow();
  });
});

describe('leaving the page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps a change whose write has started but not finished (the browser would abort it)', async () => {
    vi.useFakeTimers();
    const before = tinyMap(['a', 'b'], [['r', 'support', 'a', 'b']]);
    const after = tinyMap(['a', 'b', 'c'], [['r', 'support', 'a', 'b']]);
    const store = createAppStore(before);
    store.setState({ docId: 'doc-1' });
    // A library whose writes never finish: the page goes away while one is under way.
    const saves: string[] = [];
    const library = {
      ...createLibrary(memoryStore()),
      save: (id: string) => {
        saves.push(id);
        return new Promise<never>(() => {});
      },
    };
    const saver = keepSaved(store, library, () => {});
    store.setState({ map: after });
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    expect(saves).toEqual(['doc-1']);
    const storage = fakeStorage();
    saver.leave(storage);
    expect(await takeUnsaved(storage)).toEqual({ docId: 'doc-1', map: after });
  });

  it('keeps nothing aside once the last write is done', async () => {
    vi.useFakeTimers();
    const store = createAppStore(tinyMap(['a'], []));
    store.setState({ docId: 'doc-1' });
    const saver = keepSaved(store, createLibrary(memoryStore()), () => {});
    store.setState({ map: tinyMap(['a', 'b'], []) });
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    await vi.runAllTimersAsync();
    const storage = fakeStorage();
    saver.leave(storage);
    expect(storage.getItem(UNSAVED_KEY)).toBeNull();
  });
});
