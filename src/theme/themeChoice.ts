/** What the reader picked in the View menu; `system` follows the operating system's setting. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The colours the page is drawn in: the `data-theme` of <html>, which app.css keys on. */
export type PageTheme = 'light' | 'dark';

export const DEFAULT_THEME_CHOICE: ThemeChoice = 'system';

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  THEME_CHOICES.some((choice) => choice === value);

/** The theme to draw: the one chosen, or while `system` is chosen the system's. */
export function pageTheme(choice: ThemeChoice, systemPrefersDark: boolean): PageTheme {
  if (choice !== 'system') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}
