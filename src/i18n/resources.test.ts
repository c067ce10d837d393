import { describe, expect, it } from 'vitest';
import { de, en, toUiLanguage } from './resources';

describe('interface languages', () => {
  it('maps German variants to German and everything else to English', () => {
    expect(['de', 'de-CH', 'DE-at'].map(toUiLanguage)).toEqual(['de', 'de', 'de']);
    expect(['en-GB', 'fr', undefined].map(toUiLanguage)).toEqual(['en', 'en', 'en']);
  });

  it('translates every English string into German', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(de)).toEqual(keys(en));
  });
});
