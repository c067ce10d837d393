import { groupLabelRect } from '../diagram/groupLabel';
import { TAG_STRIPE, tagColour } from '../diagram/tagColour';
import { BOX_STYLES, COLOURS, EDGE_STYLES, IMPLICIT_DASH, iconOf, MARKERS } from '../diagram/theme';
import { RESOURCES, type UiLanguage } from '../i18n/resources';
import { drawingBounds, pointsBounds, type Rect, rectsOverlap } from '../layout/bounds';
import { GROUP_STYLE, MAP_MARGIN, NODE_STYLE } from '../layout/nodeStyle';
import type { EdgeRoute, GroupBox, Junction, MapLayout, NodeBox } from '../layout/types';
import { baselineOffset, FONT_FAMILY, type FontSpec } from '../measure/fontMetrics';
import { type ArgumentMap, type ArgumentNode, RELATION_KINDS } from '../model/types';
import { type LegendItem, layoutLegend } from './legendLayout';
import { element, escapeXml, shapeMarkup } from './svgMarkup';

/** A font file to carry inside the SVG, so it draws the same text anywhere. */
export interface EmbeddedFont {
  weight: FontSpec['weight'];
  /** Which characters the file covers, as CSS `unicode-range`. */
  unicodeRange: string;
  woff2Base64: string;
}

/** What the exported picture shows besides the map itself. */
export interface SvgView {
  /** Words of the legend and of the node headers' language. */
  language: UiLanguage;
  legend: boolean;
  title?: string;
  /** A line under the map naming the source, e.g. the passage's citation and page. */
  sourceLine?: string;
  background: 'white' | 'transparent';
  /** The part of the layout to draw (the current view); the whole map when absent. */
  region?: Rect;
  fonts?: readonly EmbeddedFont[];
  /** Folded nodes and how many nodes each hides: drawn as a `+N` badge. */
  hiddenBelow?: ReadonlyMap<string, number>;
  /** Starts the ids of markers and clip path (`am-` by default): pictures sharing a page. */
  idPrefix?: string;
  /** Draws what reaches past the region too (a halo, a route) instead of cutting it off. */
  overflow?: boolean;
}

const FONT_STACK = `'${FONT_FAMILY}', 'Helvetica Neue', Arial, sans-serif`;
const MARGIN = 24;
const TITLE = { font: { size: 22, weight: 600 } satisfies FontSpec, lineHeight: 30, gap: 12 };
const SOURCE = { font: { size: 12, weight: 400 } satisfies FontSpec, lineHeight: 18, gap: 8 };
const LEGEND_GAP = 16;
/** The group fill seen over white, opaque, so lines behind a label do not show through. */
const GROUP_LABEL_BACKDROP = '#f3f5f8';
const s = NODE_STYLE;

/**
 * The laid-out map as a self-contained SVG document: boxes, lines of text exactly as measured
 * (so wrapped as on screen), arrowheads, group frames, and optionally title, legend and source
 * line. A pure function of map, layout and view, shared by the app's export and the CLI.
 */
export function renderSvg(map: ArgumentMap, layout: MapLayout, view: SvgView): string {
  const region = view.region ?? drawingBounds(layout, MAP_MARGIN);
  const width = Math.ceil(Math.max(region.width, 1));
  const titleHeight = view.title ? MARGIN + TITLE.lineHeight + TITLE.gap - MARGIN / 2 : 0;
  const legend = view.legend ? layoutLegend(legendItems(view.language), width - 2 * MARGIN) : null;
  const legendHeight = legend ? legend.height + LEGEND_GAP : 0;
  const sourceHeight = view.sourceLine ? SOURCE.lineHeight + SOURCE.gap : 0;
  const footer = legendHeight + sourceHeight + (legend || view.sourceLine ? MARGIN / 2 : 0);
  const mapTop = titleHeight;
  const height = Math.ceil(mapTop + region.height + footer);

  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const ids = view.idPrefix ?? 'am-';
  const parts: string[] = [];
  parts.push(defs(view));
  if (view.background === 'white') parts.push(element('rect', { width, height, fill: '#ffffff' }));
  if (view.title)
    parts.push(textLine(view.title, MARGIN, MARGIN / 2, TITLE.font, TITLE.lineHeight, COLOURS.ink));

  // Only what shows in the region: text cut away must not linger, searchable, in the file.
  const shows = (r: Rect) => !view.region || rectsOverlap(r, region);
  const groups = layout.groups.filter(shows);
  const drawn: string[] = [];
  for (const g of groups) drawn.push(groupFrame(g));
  for (const e of layout.edges) if (shows(pointsBounds(e.points))) drawn.push(edgePath(e, ids));
  for (const j of layout.junctions)
    if (shows({ ...j, width: j.size, height: j.size })) drawn.push(junctionDot(j));
  // Labels over the lines: a route leaving a group through its label row passes behind it.
  for (const g of groups) drawn.push(groupLabel(g));
  for (const b of layout.nodes.filter(shows)) {
    const node = nodes.get(b.id);
    if (node) drawn.push(nodeBox(b, node, view.hiddenBelow?.get(b.id)));
  }
  parts.push(
    element(
      'g',
      {
        'clip-path': view.overflow ? undefined : `url(#${ids}map-clip)`,
        transform: `translate(0 ${mapTop})`,
      },
      element('g', { transform: `translate(${-region.x} ${-region.y})` }, drawn.join('')),
    ),
  );

  let y = mapTop + region.height + MARGIN / 2;
  if (legend) {
    parts.push(element('g', { transform: `translate(${MARGIN} ${y})` }, legend.markup));
    y += legendHeight;
  }
  if (view.sourceLine)
    parts.push(textLine(view.sourceLine, MARGIN, y, SOURCE.font, SOURCE.lineHeight, COLOURS.muted));

  const lang = map.source.language || undefined;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      overflow: view.overflow ? 'visible' : undefined,
      'font-family': FONT_STACK,
      lang,
      'xml:lang': lang,
      role: 'img',
      'aria-label': view.title ?? map.title,
    },
    `${element('title', {}, escapeXml(view.title ?? map.title))}${parts.join('')}`,
  )}\n`;
  function defs(v: SvgView): string {
    const fontFaces = (v.fonts ?? [])
      .map(
        (f) =>
          `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${f.weight};` +
          `unicode-range:${f.unicodeRange};src:url(data:font/woff2;base64,${f.woff2Base64}) format('woff2');}`,
      )
      .join('');
    // Drawn as measured: no kerning or ligatures, as in the app (app.css .am-node).
    const style = `${fontFaces}text{font-kerning:none;font-variant-ligatures:none;white-space:pre;}`;
    // Sized in stroke widths (SVG's default unit), which every reader supports, svg2pdf too.
    const markers = RELATION_KINDS.map((kind) => {
      const m = MARKERS[kind];
      const perStroke = m.size / EDGE_STYLES[kind].width;
      return element(
        'marker',
        {
          id: `${ids}arrow-${kind}`,
          viewBox: `0 0 ${m.size} ${m.size}`,
          refX: m.size - 1,
          refY: m.size / 2,
          markerWidth: perStroke,
          markerHeight: perStroke,
          orient: 'auto',
        },
        m.shapes.map((sh) => shapeMarkup(sh, COLOURS.line)).join(''),
      );
    }).join('');
    const clip = element(
      'clipPath',
      { id: `${ids}map-clip` },
      element('rect', { x: 0, y: 0, width, height: region.height }),
    );
    return element('defs', {}, `${element('style', {}, style)}${markers}${clip}`);
  }
}

/** One line of text with its top at `top`, placed on the baseline CSS would give it. */
function textLine(
  text: string,
  x: number,
  top: number,
  font: FontSpec,
  lineHeight: number,
  fill: string,
  extra: Record<string, string> = {},
): string {
  return element(
    'text',
    {
      x,
      y: top + baselineOffset(font, lineHeight),
      'font-size': font.size,
      'font-weight': font.weight,
      fill,
      ...extra,
    },
    escapeXml(text),
  );
}

function nodeBox(b: NodeBox, node: ArgumentNode, hidden: number | undefined): string {
  const style = BOX_STYLES[node.kind];
  const half = s.border / 2;
  const out: string[] = [];
  if (style.halo)
    out.push(
      element('rect', {
        x: b.x - 3,
        y: b.y - 3,
        width: b.width + 6,
        height: b.height + 6,
        rx: style.radius + 3,
        fill: style.halo,
      }),
    );
  out.push(
    element('rect', {
      class: 'am-box',
      x: b.x + half,
      y: b.y + half,
      width: b.width - s.border,
      height: b.height - s.border,
      rx: style.radius,
      fill: style.fill,
      stroke: style.stroke,
      'stroke-width': s.border,
      'stroke-dasharray': node.implicit ? IMPLICIT_DASH : style.dash,
    }),
  );
  const tag = node.tags?.[0];
  if (tag) {
    // The first tag's colour as a stripe inside the left edge, as in the app.
    out.push(
      element('rect', {
        x: b.x + s.border,
        y: b.y + s.border,
        width: TAG_STRIPE,
        height: b.height - 2 * s.border,
        fill: tagColour(tag),
      }),
    );
  }
  if (node.breaksOff) {
    // The text breaks off here: the bottom edge is dashed, as in the app.
    const y = b.y + b.height - half;
    out.push(
      element('line', {
        x1: b.x + half,
        y1: y,
        x2: b.x + b.width - half,
        y2: y,
        stroke: '#ffffff',
        'stroke-width': s.border + 1,
      }),
      element('line', {
        x1: b.x + half,
        y1: y,
        x2: b.x + b.width - half,
        y2: y,
        stroke: style.stroke,
        'stroke-width': s.border,
        'stroke-dasharray': IMPLICIT_DASH,
      }),
    );
  }
  const left = b.x + s.border + s.paddingX;
  const top = b.y + s.border + s.paddingTop;
  const icon = s.header.icon;
  out.push(
    element(
      'g',
      {
        transform: `translate(${left} ${top + (s.header.lineHeight - icon) / 2}) scale(${icon / 12})`,
      },
      iconOf(node)
        .map((sh) => shapeMarkup(sh, style.header))
        .join(''),
    ),
    textLine(
      b.header,
      left + icon + s.header.iconGap,
      top,
      s.header.font,
      s.header.lineHeight,
      style.header,
    ),
  );
  const bodyTop = top + s.header.lineHeight + s.header.gap;
  b.lines.forEach((line, i) => {
    out.push(
      textLine(
        line,
        left,
        bodyTop + i * s.body.lineHeight,
        s.body.font,
        s.body.lineHeight,
        COLOURS.ink,
      ),
    );
  });
  if (hidden !== undefined && hidden > 0) out.push(foldBadge(b, hidden));
  return element('g', { 'data-node-id': b.id }, out.join(''));
}

/** `+N` on the bottom-right corner: this node's reasons are folded away. */
function foldBadge(b: NodeBox, hidden: number): string {
  const font: FontSpec = { size: 11, weight: 600 };
  const label = `+${hidden}`;
  const w = Math.max(22, 8 + label.length * 7);
  const h = 16;
  const x = b.x + b.width - w + 6;
  const y = b.y + b.height - h / 2;
  return (
    element('rect', { x, y, width: w, height: h, rx: h / 2, fill: '#1e3a8a' }) +
    textLine(label, x + w / 2, y, font, h, '#ffffff', { 'text-anchor': 'middle' })
  );
}

function groupFrame(g: GroupBox): string {
  return element('rect', {
    'data-group-id': g.id,
    x: g.x + 0.75,
    y: g.y + 0.75,
    width: g.width - 1.5,
    height: g.height - 1.5,
    rx: 10,
    fill: COLOURS.groupFill,
    'fill-opacity': COLOURS.groupFillOpacity,
    stroke: COLOURS.groupBorder,
    'stroke-width': 1.5,
  });
}

function groupLabel(g: GroupBox): string {
  const at = groupLabelRect(g);
  return (
    element('rect', {
      x: at.x,
      y: at.y,
      width: at.width,
      height: at.height,
      rx: 3,
      fill: GROUP_LABEL_BACKDROP,
    }) + textLine(g.label, at.textX, at.y, GROUP_STYLE.label.font, at.height, COLOURS.groupLabel)
  );
}

function edgePath(e: EdgeRoute, ids: string): string {
  const style = EDGE_STYLES[e.kind];
  return element('path', {
    d: e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' '),
    fill: 'none',
    stroke: style.stroke,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'stroke-linecap': style.linecap,
    'marker-end': e.part === 'main' ? `url(#${ids}arrow-${e.kind})` : undefined,
  });
}

function junctionDot(j: Junction): string {
  return element('circle', {
    cx: j.x + j.size / 2,
    cy: j.y + j.size / 2,
    r: j.size / 2,
    fill: j.kind === 'attack' ? COLOURS.attack : COLOURS.line,
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Every piece of text the SVG will draw: what the embedded fonts must cover. */
export function drawnText(layout: MapLayout, view: SvgView): string {
  const labels = diagramLabels(layout, { ...view, region: undefined });
  return [...labels.map((l) => l.text), '+0123456789'].join('\n');
}

/** One piece of text a diagram draws: a node's box, a group's title, or a one-off label. */
export interface DiagramLabel {
  kind: 'node' | 'group' | 'title' | 'sourceLine' | 'legend';
  /** The node's or group's id. */
  id?: string;
  text: string;
}

/**
 * The texts of a diagram as renderSvg draws them: node boxes (header and lines, the wording
 * laid out), group titles, the title, the source line and the legend; with a region, only
 * the boxes and titles in it.
 */
export function diagramLabels(
  layout: MapLayout,
  view: Pick<SvgView, 'language' | 'legend' | 'title' | 'sourceLine' | 'region'>,
): DiagramLabel[] {
  const shows = (r: Rect) => !view.region || rectsOverlap(r, view.region);
  return [
    ...(view.title ? [{ kind: 'title' as const, text: view.title }] : []),
    ...layout.nodes.filter(shows).map((b) => ({
      kind: 'node' as const,
      id: b.id,
      text: [b.header, ...b.lines].join(' '),
    })),
    ...layout.groups
      .filter(shows)
      .map((g) => ({ kind: 'group' as const, id: g.id, text: g.label })),
    ...(view.sourceLine ? [{ kind: 'sourceLine' as const, text: view.sourceLine }] : []),
    ...(view.legend
      ? [
          {
            kind: 'legend' as const,
            text: legendItems(view.language)
              .map((i) => i.label)
              .join(' '),
          },
        ]
      : []),
  ];
}

export function legendItems(language: UiLanguage): LegendItem[] {
  const words = RESOURCES[language];
  return [
    ...(['conclusion', 'claim', 'premise', 'objection', 'question'] as const).map(
      (kind): LegendItem => ({ type: 'kind', kind, label: words.kind[kind] }),
    ),
    { type: 'implicit', label: words.legend.implicit },
    ...(['support', 'attack', 'continues'] as const).map(
      (kind): LegendItem => ({ type: 'relation', kind, label: words.relation[kind] }),
    ),
    { type: 'linked', label: words.legend.linked },
  ];
}
