import type { NodeKind, RelationKind } from '../model/types';

/**
 * How a map looks, in one place for every renderer: the React view draws kind icons and
 * arrowheads from these shapes, the SVG export draws all of it. app.css repeats the colours
 * as CSS variables (a test keeps them equal).
 */
export const COLOURS = {
  ink: '#0f172a',
  muted: '#475569',
  line: '#1e293b',
  attack: '#b91c1c',
  continues: '#64748b',
  paper: '#f8fafc',
  groupBorder: '#94a3b8',
  // Colour and opacity apart: SVG 1.1 readers such as Inkscape do not take rgba() fills.
  groupFill: '#e2e8f0',
  groupFillOpacity: 0.45,
  groupLabel: '#334155',
} as const;

/** One primitive of an icon or marker; `currentColor` fills take the colour of the context. */
export type Shape =
  | { type: 'path'; d: string; fill?: string; stroke?: string; strokeWidth?: number }
  | {
      type: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill?: string;
      stroke?: string;
      strokeWidth?: number;
    }
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill?: string };

/** A shape per kind, in a 12x12 box, so kinds differ in form and word, never in colour alone. */
export const KIND_ICONS: Record<NodeKind, readonly Shape[]> = {
  conclusion: [{ type: 'path', d: 'M6 0.5 L11.5 6 L6 11.5 L0.5 6 Z', fill: 'currentColor' }],
  premise: [{ type: 'rect', x: 1, y: 1, width: 10, height: 10, fill: 'currentColor' }],
  claim: [{ type: 'circle', cx: 6, cy: 6, r: 5, fill: 'currentColor' }],
  objection: [
    { type: 'path', d: 'M2 2 L10 10 M10 2 L2 10', stroke: 'currentColor', strokeWidth: 2.6 },
  ],
  question: [
    { type: 'circle', cx: 6, cy: 6, r: 5, fill: 'none', stroke: 'currentColor', strokeWidth: 1.6 },
    {
      type: 'path',
      d: 'M4.4 4.6 Q4.6 2.8 6.2 3 Q7.8 3.3 7.4 4.8 Q7 5.8 6 6.3 V7.4',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.3,
    },
    { type: 'circle', cx: 6, cy: 9.1, r: 0.8, fill: 'currentColor' },
  ],
};

/** A folded group's icon: a frame holding two boxes, as a group's frame holds its nodes. */
export const GROUP_ICON: readonly Shape[] = [
  {
    type: 'path',
    d: 'M1 1 H11 V11 H1 Z',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.4,
  },
  { type: 'rect', x: 3, y: 3, width: 6, height: 2.4, fill: 'currentColor' },
  { type: 'rect', x: 3, y: 6.6, width: 6, height: 2.4, fill: 'currentColor' },
];

/** The icon of a node's header: its kind's, or a folded group's. */
export const iconOf = (node: { kind: NodeKind; standsFor?: unknown }): readonly Shape[] =>
  node.standsFor ? GROUP_ICON : KIND_ICONS[node.kind];

/** How a box of each kind is drawn: border, fill, header colour; dashes tell kinds apart in B/W. */
export interface BoxStyle {
  fill: string;
  stroke: string;
  dash?: string;
  radius: number;
  header: string;
  /** A light ring around the box: the conclusion stands out. */
  halo?: string;
}

export const BOX_STYLES: Record<NodeKind, BoxStyle> = {
  conclusion: { fill: '#eff6ff', stroke: '#1e3a8a', radius: 6, header: '#1e3a8a', halo: '#bfdbfe' },
  claim: { fill: '#ffffff', stroke: COLOURS.line, radius: 6, header: COLOURS.muted },
  premise: { fill: '#ffffff', stroke: COLOURS.line, radius: 0, header: COLOURS.muted },
  objection: { fill: '#fef2f2', stroke: COLOURS.attack, radius: 6, header: COLOURS.attack },
  question: {
    fill: '#fefce8',
    stroke: COLOURS.line,
    dash: '2 3',
    radius: 6,
    header: COLOURS.muted,
  },
};

/** An implicit claim (not in the text) keeps its kind's colours with a dashed border. */
export const IMPLICIT_DASH = '7 4';

export interface EdgeStyle {
  stroke: string;
  width: number;
  dash?: string;
  linecap?: 'round';
}

/** Relations: support solid, attack dashed, continues dotted; readable in black and white. */
export const EDGE_STYLES: Record<RelationKind, EdgeStyle> = {
  support: { stroke: COLOURS.line, width: 2 },
  attack: { stroke: COLOURS.attack, width: 2.5, dash: '8 5' },
  continues: { stroke: COLOURS.continues, width: 2, dash: '2 5', linecap: 'round' },
};

/** An arrowhead in user space: its tip at (size - 1, size / 2) lies on the route's end. */
export interface MarkerShape {
  size: number;
  shapes: readonly Shape[];
}

export const MARKERS: Record<RelationKind, MarkerShape> = {
  support: { size: 12, shapes: [{ type: 'path', d: 'M0 0 L12 6 L0 12 Z', fill: COLOURS.line }] },
  attack: {
    size: 14,
    shapes: [
      { type: 'path', d: 'M0 1 L10 7 L0 13 Z', fill: COLOURS.attack },
      { type: 'rect', x: 11, y: 0, width: 3, height: 14, fill: COLOURS.attack },
    ],
  },
  continues: {
    size: 12,
    shapes: [
      {
        type: 'path',
        d: 'M1 1 L11 6 L1 11',
        fill: 'none',
        stroke: COLOURS.continues,
        strokeWidth: 2,
      },
    ],
  },
};
