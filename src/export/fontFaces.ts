import type { FontSpec } from '../measure/fontMetrics';

/** One @font-face of the bundled font: a subset file and the characters it covers. */
export interface FontFace {
  weight: FontSpec['weight'];
  /** File name of the woff2 file, e.g. `ibm-plex-sans-latin-400-normal.woff2`. */
  file: string;
  unicodeRange: string;
}

/** Reads the @font-face rules of a stylesheet such as @fontsource's `400.css`. */
export function parseFontFaces(css: string): FontFace[] {
  const out: FontFace[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
    const style = /font-style:\s*(\w+)/.exec(block)?.[1] ?? 'normal';
    const file = /url\(\.?\/?(?:files\/)?([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
    if (style !== 'normal' || !file || !range || (weight !== 400 && weight !== 600)) continue;
    out.push({ weight, file, unicodeRange: range });
  }
  return out;
}

/** Whether a CSS unicode-range (`U+0000-00FF, U+0131, ...`) covers a code point. */
export function rangeCovers(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = Number.parseInt(from ?? '', 16);
    const hi = to === undefined ? lo : Number.parseInt(to, 16);
    return codePoint >= lo && codePoint <= hi;
  });
}

/** The faces a text needs: for each weight, the subsets holding any of its characters. */
export function facesFor(text: string, faces: readonly FontFace[]): FontFace[] {
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0) ?? 0);
  return faces.filter((f) => [...codePoints].some((cp) => rangeCovers(f.unicodeRange, cp)));
}
