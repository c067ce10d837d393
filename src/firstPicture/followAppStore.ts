import type { AppStoreApi } from '../store/useAppStore';
import { dismissFirstPicture, noteNextOpening } from './firstPicture';

/**
 * Keeps the picture in step with the app: notes for the next visit whether it opens the default
 * map (`notesOpenings`: not for a demo map, after which the library's map is still the one to
 * restore), and takes the picture away when the layout fails, so its message is not hidden.
 */
export function followAppStore(
  store: AppStoreApi,
  storage: Storage | undefined,
  notesOpenings: boolean,
): void {
  if (notesOpenings) noteNextOpening(storage, store.getState().docId === null);
  store.subscribe((s, prev) => {
    if (notesOpenings && s.docId !== prev.docId) noteNextOpening(storage, s.docId === null);
    if (s.layoutError) dismissFirstPicture(document);
  });
}
