// Keys of localStorage read by more than one part of the page: the page's first script
// (src/firstPicture) reads them before the app has started.

/** Where the last change goes as the page closes: IndexedDB may not finish a write by then. */
export const UNSAVED_KEY = 'argument-map:unsaved';

/** Where the page notes that the next visit opens another map than the default one. */
export const OPENS_KEY = 'argument-map:opens';

/**
 * The page's localStorage, or undefined where the browser blocks it (cookies blocked: reading
 * `window.localStorage` then throws). Everything stored is then kept for this visit only.
 */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
