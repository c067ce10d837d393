// Apart from the words (resources.ts): the page's first script needs the languages only.
export const LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

/** The interface language for an i18next language tag (`de-CH` -> `de`); English otherwise. */
export function toUiLanguage(tag: string | undefined): UiLanguage {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
