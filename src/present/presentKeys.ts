/** What a key does while presenting; clickers send PageUp/PageDown (some also B and Esc). */
export type PresentIntent =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'blank' }
  | { type: 'exit' }
  | { type: 'fullscreen' }
  | { type: 'digit'; digit: number }
  | { type: 'jump' };

const BY_KEY: Record<string, PresentIntent> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  ' ': { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Backspace: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'blank' },
  B: { type: 'blank' },
  '.': { type: 'blank' },
  Escape: { type: 'exit' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
};

/**
 * The intent of a key press, or null for keys presenting ignores. Enter goes to the typed
 * step number if one was typed, else to the next step.
 */
export function presentIntent(
  key: string,
  typing: boolean,
  modifiers: { ctrl: boolean; alt: boolean; meta: boolean },
): PresentIntent | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  if (key === 'Enter') return typing ? { type: 'jump' } : { type: 'next' };
  return BY_KEY[key] ?? null;
}

/** The step a run of typed digits names (1-based on screen, 0-based inside), kept in range. */
export function typedStep(digits: string, steps: number): number | null {
  const n = Number.parseInt(digits, 10);
  if (!Number.isFinite(n) || n < 1) return null;
  return Math.min(n, steps) - 1;
}
