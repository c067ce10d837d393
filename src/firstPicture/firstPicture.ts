// The picture of the default map that index.html carries (drawn at build time by
// scripts/vite/firstPicture.ts): shown by boot.ts before the app has started when the app is
// about to draw that very map, and taken away by the app once its own map is on screen.
import { OPENS_KEY } from '../store/storageKeys';

/** The element that holds the pictures, one per interface language. */
export const FIRST_PICTURE_ID = 'am-first-picture';

const OPENS_OTHER = 'other';
/** The longest the picture may stay: it must not outlast a start that draws no map at all. */
const LONGEST_MS = 15_000;

/**
 * Shows the picture of the map in `language` if the page has one (the picture's own style
 * rules pick it; in wide windows only), and makes sure it goes even if the app never gets to
 * take it away. It may run before the picture is parsed: it marks <html> only.
 */
export function showFirstPicture(doc: Document, language: string): void {
  doc.documentElement.dataset.firstPicture = language;
  setTimeout(() => dismissFirstPicture(doc), LONGEST_MS);
}

/** The language of the picture on show, if one is. */
export function firstPictureShown(doc: Document): string | null {
  return doc.getElementById(FIRST_PICTURE_ID)
    ? (doc.documentElement.dataset.firstPicture ?? null)
    : null;
}

/** What the app is about to draw, as it knows once it has started. */
export interface AppStart {
  defaultMap: boolean;
  defaultView: boolean;
  lightTheme: boolean;
  language: string;
}

/**
 * The app's word on the picture, before it draws anything: it stays only over the very map
 * the app will draw. The first script guesses from what it can read at once; a map restored
 * from the library on a visit that noted nothing (made by an older version), say, is found
 * out here.
 */
export function confirmFirstPicture(doc: Document, start: AppStart): void {
  const same = start.defaultMap && start.defaultView && start.lightTheme;
  if (!same || firstPictureShown(doc) !== start.language) dismissFirstPicture(doc);
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
