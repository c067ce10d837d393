import { pageTheme, type ThemeChoice } from './themeChoice';

/** The media query of a system set to dark, which `system` follows. */
export const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/**
 * Puts the page in the chosen theme (`data-theme` on `root`) and, while `system` is chosen,
 * switches with the system's setting. Returns a function that takes a new choice.
 */
export function showPageTheme(
  root: HTMLElement,
  systemDark: MediaQueryList,
  initial: ThemeChoice,
): (choice: ThemeChoice) => void {
  let choice = initial;
  const apply = () => {
    root.dataset.theme = pageTheme(choice, systemDark.matches);
  };
  systemDark.addEventListener('change', apply);
  apply();
  return (next) => {
    choice = next;
    apply();
  };
}
