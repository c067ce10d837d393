import { BOX_STYLES, COLOURS, EDGE_STYLES, IMPLICIT_DASH, KIND_ICONS } from '../diagram/theme';
import { baselineOffset, type FontSpec } from '../measure/fontMetrics';
import { measureText } from '../measure/measureText';
import type { NodeKind, RelationKind } from '../model/types';
import { element, escapeXml, shapeMarkup } from './svgMarkup';

export type LegendItem =
  | { type: 'kind'; kind: NodeKind; label: string }
  | { type: 'implicit'; label: string }
  | { type: 'relation'; kind: RelationKind; label: string }
  | { type: 'linked'; label: string };

const FONT: FontSpec = { size: 12, weight: 400 };
const ROW = 20;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;
const LINE_SAMPLE = 44;

/**
 * The legend as rows of samples and words, wrapped to `maxWidth` (at least one item a row):
 * every shape and line style of the map with what it means.
 */
export function layoutLegend(
  items: readonly LegendItem[],
  maxWidth: number,
): { markup: string; width: number; height: number } {
  const out: string[] = [];
  let x = 0;
  let row = 0;
  let width = 0;
  for (const item of items) {
    const swatchWidth = item.type === 'kind' ? 12 : item.type === 'implicit' ? 18 : LINE_SAMPLE;
    const itemWidth = swatchWidth + SWATCH_GAP + Math.ceil(measureText(item.label, FONT));
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      row++;
    }
    const y = row * ROW;
    out.push(swatch(item, x, y), label(item.label, x + swatchWidth + SWATCH_GAP, y));
    x += itemWidth + ITEM_GAP;
    width = Math.max(width, x - ITEM_GAP);
  }
  return { markup: out.join(''), width, height: (row + 1) * ROW };
}

function label(text: string, x: number, top: number): string {
  return element(
    'text',
    { x, y: top + baselineOffset(FONT, ROW), 'font-size': FONT.size, fill: COLOURS.ink },
    escapeXml(text),
  );
}

function swatch(item: LegendItem, x: number, top: number): string {
  const mid = top + ROW / 2;
  switch (item.type) {
    case 'kind':
      return element(
        'g',
        { transform: `translate(${x} ${mid - 6})` },
        KIND_ICONS[item.kind].map((s) => shapeMarkup(s, BOX_STYLES[item.kind].header)).join(''),
      );
    case 'implicit':
      return element('rect', {
        x: x + 1,
        y: mid - 6,
        width: 16,
        height: 12,
        rx: 2,
        fill: 'none',
        stroke: COLOURS.line,
        'stroke-width': 1.5,
        'stroke-dasharray': IMPLICIT_DASH,
      });
    case 'relation': {
      const style = EDGE_STYLES[item.kind];
      return element('path', {
        d: `M${x + 2} ${mid} H${x + LINE_SAMPLE - 4}`,
        fill: 'none',
        stroke: style.stroke,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
        'stroke-linecap': style.linecap,
        'marker-end': `url(#am-arrow-${item.kind})`,
      });
    }
    case 'linked':
      return (
        element('path', {
          d: `M${x + 2} ${mid - 5} L${x + 20} ${mid} M${x + 2} ${mid + 5} L${x + 20} ${mid} H${x + LINE_SAMPLE - 4}`,
          fill: 'none',
          stroke: COLOURS.line,
          'stroke-width': 2,
        }) + element('circle', { cx: x + 20, cy: mid, r: 4, fill: COLOURS.line })
      );
  }
}
