import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, LANGUAGE_KEY } from './detectLanguage';
import { LANGUAGES, RESOURCES } from './resources';

/**
 * Starts i18next: the interface language comes from the link (`?lang=de`), then the last
 * choice, then the browser; English when none of them is German.
 */
export function startI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([lng, translation]) => [lng, { translation }]),
    ),
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    lng: detectLanguage(window.location.search, stored(), navigator.languages) ?? 'en',
    initAsync: false,
  });
  // The language the user picks is the one the next visit starts in.
  i18next.on('languageChanged', (language) => {
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // No storage (private mode): the choice lasts for this visit.
    }
  });
  return i18next;
}

/** i18next in one fixed language, without detection: for server rendering and tests. */
export function startI18nIn(language: 'en' | 'de'): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([lng, translation]) => [lng, { translation }]),
    ),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

function stored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}
