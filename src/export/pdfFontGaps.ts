import { RESOURCES } from '../i18n/resources';
import type { MapLayout } from '../layout/types';
import { fontMetrics } from '../measure/fontMetrics';
import { type DiagramLabel, diagramLabels, type SvgView } from './renderSvg';

/**
 * The characters the PDF export can draw: those of the bundled IBM Plex Sans subsets (Latin,
 * Latin Extended, Vietnamese, Greek, Cyrillic; 778 code points, the same at 400 and 600). The
 * metrics table holds exactly these (pdfFontGaps.test derives them from the font files). The
 * PDF embeds only this font, so anything else (Chinese, Hebrew, emoji…) is left out of it,
 * while SVG and PNG are drawn by a browser that falls back to other fonts.
 */
const DRAWABLE = new Set(Object.keys(fontMetrics.weights['400'] ?? {}).map(Number));

export const canDrawInPdf = (codePoint: number): boolean => DRAWABLE.has(codePoint);

/** Writing systems named in the note, in the order checked. */
export type PdfScript =
  | 'chinese'
  | 'japanese'
  | 'korean'
  | 'hebrew'
  | 'arabic'
  | 'thai'
  | 'devanagari'
  | 'emoji'
  | 'other';

const SCRIPTS: readonly [Exclude<PdfScript, 'chinese' | 'other'>, RegExp][] = [
  ['japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['korean', /\p{Script=Hangul}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['emoji', /\p{Extended_Pictographic}/u],
];
const HAN = /\p{Script=Han}/u;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Nothing to draw, or nothing the reader misses: spaces, controls, joiners, variation selectors. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]|\p{Variation_Selector}/u;

/** One piece of text in the diagram that the PDF would draw with characters missing. */
export interface UndrawableLabel extends DiagramLabel {
  /** The characters left out, each once, in order of appearance. */
  missing: string;
  scripts: PdfScript[];
}

export interface PdfFontGaps {
  labels: UndrawableLabel[];
  /** Of all labels together, in order of appearance. */
  scripts: PdfScript[];
}

/** The characters of `text` the PDF font lacks and their scripts; undefined when none. */
export function undrawable(text: string): { missing: string; scripts: PdfScript[] } | undefined {
  const missing = new Set<string>();
  for (const ch of text) {
    if (!canDrawInPdf(ch.codePointAt(0) ?? 0) && !INVISIBLE.test(ch)) missing.add(ch);
  }
  if (missing.size === 0) return undefined;
  // Kanji beside kana are Japanese; Han characters alone are taken for Chinese.
  const japanese = JAPANESE.test(text);
  const scripts = new Set<PdfScript>();
  for (const ch of missing) {
    if (HAN.test(ch)) scripts.add(japanese ? 'japanese' : 'chinese');
    else scripts.add(SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other');
  }
  return { missing: [...missing].join(''), scripts: [...scripts] };
}

/**
 * The labels of a diagram (as renderSvg draws it) holding characters the PDF font cannot draw:
 * node boxes (header and lines, source wording or gloss as laid out), group titles, the map's
 * title, the source line and the legend. Undefined when the PDF can draw everything.
 */
export function pdfFontGaps(
  layout: MapLayout,
  view: Pick<SvgView, 'language' | 'legend' | 'title' | 'sourceLine' | 'region'>,
): PdfFontGaps | undefined {
  // Only what the diagram shows: a current view leaves boxes outside it out.
  const pieces = diagramLabels(layout, view);
  const labels: UndrawableLabel[] = [];
  for (const piece of pieces) {
    const gap = undrawable(piece.text);
    if (gap) labels.push({ ...piece, ...gap });
  }
  if (labels.length === 0) return undefined;
  return { labels, scripts: [...new Set(labels.flatMap((l) => l.scripts))] };
}

/** The names the command line says, as the English interface does. */
const SCRIPT_NAMES: Record<PdfScript, string> = RESOURCES.en.exporting.script;

/** How many of each kind of label, for a note: nodes, groups and the one-off labels. */
export function gapCounts(gaps: PdfFontGaps): {
  boxes: number;
  groups: number;
  title: boolean;
  sourceLine: boolean;
  legend: boolean;
} {
  const count = (kind: UndrawableLabel['kind']) =>
    gaps.labels.filter((l) => l.kind === kind).length;
  return {
    boxes: count('node'),
    groups: count('group'),
    title: count('title') > 0,
    sourceLine: count('sourceLine') > 0,
    legend: count('legend') > 0,
  };
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * The command-line exporter's note, in English: which labels (node ids named, at most 8) and
 * which scripts. `drawnBy` tells what then happens to those characters.
 */
export function pdfFontGapsNote(gaps: PdfFontGaps, drawnBy: string): string {
  const c = gapCounts(gaps);
  const ids = gaps.labels.filter((l) => l.kind === 'node').map((l) => l.id ?? '?');
  const named = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
  const parts = [
    ...(c.title ? ['the title'] : []),
    ...(c.boxes ? [`${c.boxes} box${c.boxes === 1 ? '' : 'es'} (${named})`] : []),
    ...(c.groups ? [`${c.groups} group title${c.groups === 1 ? '' : 's'}`] : []),
    ...(c.sourceLine ? ['the source line'] : []),
    ...(c.legend ? ['the legend'] : []),
  ];
  const scripts = gaps.scripts.map((s) => SCRIPT_NAMES[s]).join(', ');
  const things = Number(c.title) + c.boxes + c.groups + Number(c.sourceLine) + Number(c.legend);
  const verb = things === 1 ? 'contains' : 'contain';
  return `${listing(parts)} ${verb} characters the PDF font cannot draw (${scripts}): ${drawnBy}`;
}
