const SHORT = 60;

/** A label short enough to name a box in a screen reader's sentence: cut at a word, with "…". */
export function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SHORT) return flat;
  const cut = flat.slice(0, SHORT);
  const space = cut.lastIndexOf(' ');
  return `${space > SHORT / 2 ? cut.slice(0, space) : cut}…`;
}
