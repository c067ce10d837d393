import type { Library } from '../library';
import { parseMapLater } from '../model/parseMapLater';
import type { ArgumentMap } from '../model/types';
import { UNSAVED_KEY } from './storageKeys';
import type { AppStoreApi } from './useAppStore';

/**
 * Keeps a change not yet in the library, synchronously: a browser aborts IndexedDB writes of a
 * page that is going away, but localStorage is written at once. Too big or no storage: the
 * IndexedDB write, started too, is the only chance.
 */
export function keepUnsaved(storage: Storage, docId: string, map: ArgumentMap): void {
  try {
    storage.setItem(UNSAVED_KEY, JSON.stringify({ docId, map }));
  } catch {
    // Full or unavailable: nothing more can be done as the page closes.
  }
}

/** The change kept as the page closed, if any (and it still passes the model's checks); forgets it. */
export async function takeUnsaved(
  storage: Storage,
): Promise<{ docId: string; map: ArgumentMap } | null> {
  try {
    const raw = storage.getItem(UNSAVED_KEY);
    storage.removeItem(UNSAVED_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { docId?: unknown; map?: unknown };
    const parsed = await parseMapLater(value.map);
    return typeof value.docId === 'string' && parsed.ok
      ? { docId: value.docId, map: parsed.map }
      : null;
  } catch {
    return null;
  }
}

/** How long a change settles before it is written: typing does not write on every key. */
export const SAVE_DELAY_MS = 300;

/**
 * Writes the open map into the library whenever it changes, so a reload, a crash or a closed
 * tab loses nothing, and remembers which map is open. A change to a map that is then left
 * (another map opened within the delay) is written at once, under its own id.
 */
export function keepSaved(
  store: AppStoreApi,
  library: Library,
  onError: (error: Error) => void,
): { flush(): void; leave(storage: Storage): void } {
  let pending: {
    docId: string;
    map: ArgumentMap;
    timer: ReturnType<typeof setTimeout>;
    write: () => void;
  } | null = null;
  // The last write started and not yet done: a page going away aborts it, so it is kept too.
  let writing: { docId: string; map: ArgumentMap } | null = null;
  let lastError = '';
  const report = (e: unknown) => {
    const error = e instanceof Error ? e : new Error(String(e));
    // One message per kind of failure, not one per keystroke.
    if (error.message !== lastError) onError(error);
    lastError = error.message;
  };
  const flush = () => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const { write } = pending;
    pending = null;
    write();
  };
  store.subscribe((s, prev) => {
    if (s.map === prev.map && s.docId === prev.docId) return;
    if (s.docId !== prev.docId) {
      flush();
      library.setCurrentId(s.docId).catch(report);
    }
    const { docId, map } = s;
    if (docId === null) return;
    if (pending) clearTimeout(pending.timer);
    const write = () => {
      const started = { docId, map };
      writing = started;
      const done = () => {
        if (writing === started) writing = null;
      };
      library.save(docId, map).then(
        () => {
          lastError = '';
          done();
        },
        (e: unknown) => {
          done();
          report(e);
        },
      );
    };
    pending = { docId, map, write, timer: setTimeout(flush, SAVE_DELAY_MS) };
  });
  return {
    flush,
    /** The page is going away: keep the change where it survives, and try the library too. */
    leave(storage) {
      const last = pending ?? writing;
      if (last) keepUnsaved(storage, last.docId, last.map);
      flush();
    },
  };
}
