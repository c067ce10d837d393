import type { UiLanguage } from '../i18n/languages';
import type { NodeKind, RelationKind } from '../model/types';

export interface Point {
  x: number;
  y: number;
}

export type Direction = 'up' | 'right';
export type Density = 'compact' | 'roomy';
export type LabelLanguage = 'source' | 'gloss';

export interface LayoutOptions {
  /** `up`: conclusion on top, reasons below. `right`: reasons left, conclusion right. */
  direction: Direction;
  density: Density;
  /** Which text the boxes show: the source-language wording or the English gloss. */
  labels: LabelLanguage;
  /** The interface language, in which node headers ("CONCLUSION") are drawn and measured. */
  language: UiLanguage;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  direction: 'up',
  density: 'compact',
  labels: 'source',
  language: 'en',
};

/** Whether the view is laid out as by default (whatever the interface language). */
export function isDefaultView(options: Omit<LayoutOptions, 'language'>): boolean {
  const d = DEFAULT_LAYOUT_OPTIONS;
  return (
    options.direction === d.direction &&
    options.density === d.density &&
    options.labels === d.labels
  );
}

/** A node's box and the lines drawn in it, exactly as measured. */
export interface NodeBox {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  header: string;
  lines: string[];
}

export interface GroupBox {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the legs of a linked argument meet, and where an undercut lands on an inference. */
export interface Junction {
  relationId: string;
  kind: RelationKind;
  x: number;
  y: number;
  size: number;
}

/**
 * One drawn line. A relation with a junction is drawn as several: one `leg` from each
 * premise to the junction (no arrowhead) and one `main` from the junction to the target.
 */
export interface EdgeRoute {
  id: string;
  relationId: string;
  kind: RelationKind;
  part: 'main' | 'leg';
  /** Node id, or junction id (`junctionId(relationId)`) where a leg or undercut meets. */
  source: string;
  target: string;
  points: Point[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  groups: GroupBox[];
  junctions: Junction[];
  edges: EdgeRoute[];
  /** Which of ELK's random starts drew it, if not its default (see layoutMap). */
  randomSeed?: number;
  /** Drawn with the tree layering in our own order (see orderTreeLayers), not ELK's. */
  treeOrder?: boolean;
  /** Then the layer of each top-level box (ELK id), for a relayout to keep (treeLayering). */
  treeLayers?: Readonly<Record<string, number>>;
  /**
   * Where boxes hidden since (by a fold or a filter) last stood (centres by id, in this
   * layout's coordinates), for a relayout that shows them again to put them back there.
   */
  remembered?: Readonly<Record<string, Point>>;
}

/**
 * What a relayout keeps of the layout on screen: where its boxes stood (centres by id, see
 * toElkGraph) and how it was drawn (ELK's random start, or our tree order), so the relayout
 * takes the same turns.
 */
export interface PreviousLayout {
  centres: ReadonlyMap<string, Point>;
  /** The drawn lines, by ELK edge id: where a long edge ran between its ends. */
  routes?: ReadonlyMap<string, readonly Point[]>;
  randomSeed?: number;
  treeOrder?: boolean;
  /**
   * The layers on screen, by ELK id: the tree layering's (see MapLayout.treeLayers), or read
   * off a picture in ELK's own layering (layersOnScreen).
   */
  layers?: ReadonlyMap<string, number>;
  /** The group frames on screen, by id: `centres` holds them too, but they are no boxes. */
  frames?: ReadonlySet<string>;
  /** Where boxes hidden from the screen last stood (see MapLayout.remembered). */
  remembered?: Readonly<Record<string, Point>>;
}
