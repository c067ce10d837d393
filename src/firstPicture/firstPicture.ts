/**
 * The picture of the default map that index.html carries (drawn at build time by
 * scripts/vite/firstPicture.ts): shown by boot.ts before the app has started when the app is
 * about to draw that very map, and taken away by the app once its own map is on screen.
 */

/** The element that holds the pictures, one per interface language. */
export const FIRST_PICTURE_ID = 'am-first-picture';

/** Where the page notes that the next visit opens another map than the default one. */
export const OPENS_KEY = 'argument-map:opens';
const OPENS_OTHER = 'other';

/** Shows the picture of the map in `language` (see firstPicture.css: wide windows only). */
export function showFirstPicture(doc: Document, language: string): void {
  doc.documentElement.dataset.firstPicture = language;
}

/** Takes the picture away: the app draws the map itself now (or something else). */
export function dismissFirstPicture(doc: Document): void {
  doc.getElementById(FIRST_PICTURE_ID)?.remove();
  delete doc.documentElement.dataset.firstPicture;
}

/** Whether an earlier visit noted that the next one opens a map from the library. */
export function opensOtherMap(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(OPENS_KEY) === OPENS_OTHER;
  } catch {
    return false;
  }
}

/**
 * Notes whether the next visit opens the default map: a map in the library (the user opened or
 * changed one) is restored instead, and its page must not start with the default map's picture.
 */
export function noteNextOpening(storage: Storage | undefined, opensDefault: boolean): void {
  try {
    if (opensDefault) storage?.removeItem(OPENS_KEY);
    else storage?.setItem(OPENS_KEY, OPENS_OTHER);
  } catch {
    // No storage (private mode): no visit is restored either, and the picture stays right.
  }
}
