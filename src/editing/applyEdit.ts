import type { EditResult } from '../edit/editResult';
import type { EditOptions } from '../store/appStore';
import type { AppStoreApi } from '../store/useAppStore';

/**
 * Puts an edit's result into the map as one undo step, or tells the user why it was refused;
 * nothing changes then. Returns whether the edit went in.
 */
export function applyEdit(
  store: AppStoreApi,
  label: string,
  result: EditResult,
  refused: (message: string) => string,
  options?: EditOptions,
): boolean {
  if (!result.ok) {
    store.getState().showNotice(refused(result.message));
    return false;
  }
  store.getState().edit(label, result.map, options);
  return true;
}
