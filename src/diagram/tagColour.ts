/**
 * Eight colours a renderer can give a tag (a stripe at the left of a box, a dot in a list), in
 * hues far apart. Each keeps a contrast of at least 3:1 (WCAG's minimum for graphics) on white
 * and on every box fill of the theme. Colour only repeats what the header says in words.
 */
export const TAG_COLOURS = [
  '#0369a1', // blue
  '#c2410c', // orange
  '#047857', // green
  '#7e22ce', // purple
  '#a16207', // ochre
  '#be185d', // pink
  '#4d7c0f', // olive
  '#4f46e5', // indigo
] as const;

/**
 * Which of the palette's colours a tag gets: the same tag always the same, in every map and
 * session, and tags differing only in case or Unicode form share one. A pure function (FNV-1a
 * hash of the UTF-16 code units), so the canvas and the exports agree without sharing state. The
 * canvas draws the index in its theme (app.css `--am-tag-N`), the exports in TAG_COLOURS.
 */
export function tagColourIndex(tag: string): number {
  const key = tag.normalize('NFC').toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % TAG_COLOURS.length;
}

/** The colour of a tag on white: see tagColourIndex. */
export function tagColour(tag: string): string {
  return TAG_COLOURS[tagColourIndex(tag)] as string;
}

/** Width of the tag's stripe inside a box's left edge, px: within the padding, clear of the text. */
export const TAG_STRIPE = 4;
