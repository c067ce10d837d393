import { detectLanguage, LANGUAGE_KEY } from '../i18n/detectLanguage';
import type { UiLanguage } from '../i18n/languages';
import { isDefaultView } from '../layout/types';
import { loadLayoutOptions, loadThemeChoice } from '../store/preferences';
import { UNSAVED_KEY } from '../store/storageKeys';
import { pageTheme } from '../theme/themeChoice';
import { opensOtherMap } from './firstPicture';

/** What the page knows before its app has started. */
export interface PageStart {
  search: string;
  hash: string;
  storage: Pick<Storage, 'getItem'> | undefined;
  browserLanguages: readonly string[];
  systemDark: boolean;
}

/**
 * The language of the picture to show while the app starts, or null for none: only when the
 * app will draw exactly what the picture shows, the default map with the default view options
 * in the light theme. Anything else (a link with view state, a shared or demo map, a map
 * restored from the library, other options, the dark theme) starts without it.
 */
export function firstPictureLanguage(start: PageStart): UiLanguage | null {
  const params = [...new URLSearchParams(start.search).keys()];
  if (params.some((p) => p !== 'lang') || start.hash.length > 1) return null;
  const { storage } = start;
  if (opensOtherMap(storage) || stored(storage, UNSAVED_KEY) !== null) return null;
  if (!isDefaultView(loadLayoutOptions(storage))) return null;
  if (pageTheme(loadThemeChoice(storage), start.systemDark) !== 'light') return null;
  return (
    detectLanguage(start.search, stored(storage, LANGUAGE_KEY), start.browserLanguages) ?? 'en'
  );
}

function stored(storage: Pick<Storage, 'getItem'> | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
