import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../layout/types';
import { DEFAULT_THEME_CHOICE, isThemeChoice, type ThemeChoice } from '../theme/themeChoice';

const KEY = 'argument-map:layout';
// Apart from the layout: a theme is no layout option, and a new one must not lay out again.
const THEME_KEY = 'argument-map:theme';

/** Reads the layout choices saved by an earlier visit; anything unreadable falls back quietly. */
export function loadLayoutOptions(storage: Pick<Storage, 'getItem'> | undefined): LayoutOptions {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<Record<string, unknown>>;
    return {
      direction: saved.direction === 'right' ? 'right' : DEFAULT_LAYOUT_OPTIONS.direction,
      density: saved.density === 'roomy' ? 'roomy' : DEFAULT_LAYOUT_OPTIONS.density,
      labels: saved.labels === 'gloss' ? 'gloss' : DEFAULT_LAYOUT_OPTIONS.labels,
      // The interface language is i18next's to remember; this is only its default.
      language: DEFAULT_LAYOUT_OPTIONS.language,
    };
  } catch {
    return DEFAULT_LAYOUT_OPTIONS;
  }
}

/** Saves the layout choices so a reload keeps them. Storage may be full or blocked: then not. */
export function saveLayoutOptions(
  storage: Pick<Storage, 'setItem'> | undefined,
  options: LayoutOptions,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(options));
  } catch {
    // Private mode or a full quota: the choice still holds for this visit.
  }
}

/** The theme chosen on an earlier visit; anything else (nothing, garbage, blocked) is `system`. */
export function loadThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const saved = storage?.getItem(THEME_KEY);
    return isThemeChoice(saved) ? saved : DEFAULT_THEME_CHOICE;
  } catch {
    return DEFAULT_THEME_CHOICE;
  }
}

/** Saves the theme chosen so a reload keeps it. Storage may be full or blocked: then not. */
export function saveThemeChoice(
  storage: Pick<Storage, 'setItem'> | undefined,
  choice: ThemeChoice,
): void {
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // As with the layout: the choice still holds for this visit.
  }
}
