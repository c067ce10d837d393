import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { keepUnsaved, takeUnsaved, UNSAVED_KEY } from './keepSaved';

/** localStorage's interface over a Map; `full` makes every write throw as a full quota does. */
function fakeStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

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
