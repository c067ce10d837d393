/**
 * The custom properties (`--name: value`) a style sheet sets in the rules for `selector` (one of
 * a rule's comma-separated selectors, exactly as written), in order, later ones winning. For the
 * tests that keep the palettes of app.css and theme.ts in step and readable.
 */
export function cssVariables(css: string, selector: string): Record<string, string> {
  const variables: Record<string, string> = {};
  const uncommented = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Innermost rules only: an @media block's rules are matched one by one.
  for (const [, selectors = '', body = ''] of uncommented.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors.split(',').some((s) => s.trim() === selector)) continue;
    for (const [, name = '', value = ''] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      variables[name] = value.trim();
    }
  }
  return variables;
}
