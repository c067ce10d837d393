import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../i18n/detectLanguage';
import { fakeStorage } from '../store/fakeStorage';
import { UNSAVED_KEY } from '../store/storageKeys';
import { noteNextOpening } from './firstPicture';
import { firstPictureLanguage, type PageStart } from './firstPictureLanguage';

/** A Storage holding `items`, as the page's localStorage would. */
const storage = (items: Record<string, string> = {}) =>
  fakeStorage(false, new Map(Object.entries(items)));

const firstVisit = (over: Partial<PageStart> = {}): PageStart => ({
  search: '',
  hash: '',
  storage: storage(),
  browserLanguages: ['en-US', 'en'],
  systemDark: false,
  ...over,
});

describe('which picture of the default map a starting page shows', () => {
  it('shows it in the language the app will start in', () => {
    expect(firstPictureLanguage(firstVisit())).toBe('en');
    expect(firstPictureLanguage(firstVisit({ browserLanguages: ['de-CH', 'en'] }))).toBe('de');
    expect(firstPictureLanguage(firstVisit({ browserLanguages: ['fr-FR'] }))).toBe('en');
    expect(firstPictureLanguage(firstVisit({ search: '?lang=de' }))).toBe('de');
    const choseGerman = storage({ [LANGUAGE_KEY]: 'de' });
    expect(firstPictureLanguage(firstVisit({ storage: choseGerman }))).toBe('de');
    // No storage at all (blocked): nothing is restored either.
    expect(firstPictureLanguage(firstVisit({ storage: undefined }))).toBe('en');
  });

  it('shows none when the app will draw something else', () => {
    const none = (over: Partial<PageStart>) =>
      expect(firstPictureLanguage(firstVisit(over))).toBe(null);
    none({ search: '?demo=big&n=2000' });
    none({ search: '?dir=right' });
    none({ search: '?presenter' });
    none({ hash: '#map=abc' });
    none({ systemDark: true });
    none({ storage: storage({ 'argument-map:theme': 'dark' }) });
    none({ storage: storage({ 'argument-map:layout': '{"density":"roomy"}' }) });
    none({ storage: storage({ [UNSAVED_KEY]: '{}' }) });
    // The system is dark but the reader chose light: the picture is right.
    const light = storage({ 'argument-map:theme': 'light' });
    expect(firstPictureLanguage(firstVisit({ systemDark: true, storage: light }))).toBe('en');
  });

  it('shows none after a visit that left another map open, and again once it is gone', () => {
    const kept = storage();
    noteNextOpening(kept, false);
    expect(firstPictureLanguage(firstVisit({ storage: kept }))).toBe(null);
    noteNextOpening(kept, true);
    expect(firstPictureLanguage(firstVisit({ storage: kept }))).toBe('en');
  });
});
