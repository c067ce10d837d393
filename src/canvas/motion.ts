/**
 * How long a camera move or glide takes: `ms`, or 0 for readers who asked their system for
 * less motion (vestibular disorders, or simply a steadier screen).
 */
export function motionMs(ms: number): number {
  const reduce =
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}
