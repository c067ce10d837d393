import { LANGUAGES, type UiLanguage } from './languages';

/** Where the user's own choice of interface language is kept. */
export const LANGUAGE_KEY = 'argument-map:language';

const supported = (tag: string | null | undefined): UiLanguage | undefined => {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base);
};

/**
 * The interface language to start in: the link's (`?lang=de`), then the user's last choice,
 * then the first of the browser's languages the app speaks; undefined when none is (English).
 */
export function detectLanguage(
  search: string,
  stored: string | null,
  browser: readonly string[],
): UiLanguage | undefined {
  const fromLink = new URLSearchParams(search).get('lang');
  for (const tag of [fromLink, stored, ...browser]) {
    const language = supported(tag);
    if (language) return language;
  }
  return undefined;
}
