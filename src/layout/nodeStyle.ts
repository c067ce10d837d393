import type { FontSpec } from '../measure/fontMetrics';

/**
 * The box geometry every renderer uses (React view, SVG export, CLI). Sizes are CSS pixels at
 * zoom 1; the body size is chosen so a 15-node map at fit view in 1280x720 stays readable.
 */
export const NODE_STYLE = {
  border: 2,
  paddingX: 12,
  paddingTop: 8,
  paddingBottom: 10,
  /** Widest text line; the conclusion gets more room so the top of the map stays short. */
  maxTextWidth: 300,
  maxConclusionWidth: 480,
  minTextWidth: 110,
  header: {
    font: { size: 11, weight: 600 } satisfies FontSpec,
    lineHeight: 16,
    gap: 4,
    /** The kind icon drawn before the header words, and the space after it. */
    icon: 12,
    iconGap: 5,
  },
  body: { font: { size: 15, weight: 400 } satisfies FontSpec, lineHeight: 20 },
} as const;

export const GROUP_STYLE = {
  label: { font: { size: 13, weight: 600 } satisfies FontSpec, lineHeight: 18 },
  paddingTop: 30,
  paddingSide: 12,
  paddingBottom: 12,
  /** Room at the right of the label row for the group's fold button. */
  foldButton: 22,
} as const;

export const JUNCTION_SIZE = 12;
/** Room around the whole drawing (ELK's padding of the root). */
export const MAP_MARGIN = 24;
