import { describe, expect, it } from 'vitest';
import { isThemeChoice, pageTheme } from './themeChoice';

describe('theme choice', () => {
  it('draws light or dark as chosen, whatever the system says', () => {
    for (const systemDark of [false, true]) {
      expect(pageTheme('light', systemDark)).toBe('light');
      expect(pageTheme('dark', systemDark)).toBe('dark');
    }
  });

  it('follows the system when System is chosen', () => {
    expect(pageTheme('system', true)).toBe('dark');
    expect(pageTheme('system', false)).toBe('light');
  });

  it('knows its three choices and nothing else', () => {
    expect(['system', 'light', 'dark'].every(isThemeChoice)).toBe(true);
    expect([null, 'Dark', 'sepia', 1].some(isThemeChoice)).toBe(false);
  });
});
