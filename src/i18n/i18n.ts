import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, RESOURCES } from './resources';

/**
 * Starts i18next: the interface language comes from the link (`?lang=de`), then the last
 * choice, then the browser; English when none of them is German.
 */
export function startI18n(): typeof i18next {
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(
        Object.entries(RESOURCES).map(([lng, translation]) => [lng, { translation }]),
      ),
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: 'argument-map:language',
        caches: ['localStorage'],
      },
      initAsync: false,
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
