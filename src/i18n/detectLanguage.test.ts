import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage';

describe('the interface language at start', () => {
  it('follows the link first, then the last choice, then the browser', () => {
    expect(detectLanguage('?lang=de', 'en', ['en-US'])).toBe('de');
    expect(detectLanguage('', 'de', ['en-US'])).toBe('de');
    expect(detectLanguage('?sel=x', null, ['de-CH', 'en'])).toBe('de');
  });

  it('skips languages the app does not speak, and leaves English as the fallback', () => {
    expect(detectLanguage('?lang=fr', null, ['fr-FR', 'de-AT'])).toBe('de');
    expect(detectLanguage('?lang=xx', 'klingon', ['fr', 'it'])).toBeUndefined();
  });
});
