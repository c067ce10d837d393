/**
 * The argument map, following the argumentation literature and AIF: claims are
 * I-nodes, relations play the role of RA/CA-nodes. A relation may have several
 * `from` nodes (co-premises that support only together) and may point at another
 * relation (an undercut attacks the inference, not its conclusion).
 */

export const NODE_KINDS = ['conclusion', 'claim', 'premise', 'objection', 'question'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** `continues` marks "the text goes on with this": reading order, not inference. */
export const RELATION_KINDS = ['support', 'attack', 'continues'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * A node's tags: short labels such as `economy` or `public health` that cut across the map's
 * structure (Argdown's `#tags`). Letters, digits, `-` and `_`, words separated by single spaces.
 */
export const TAG_PATTERN = /^[\p{L}\p{M}\p{N}_-]+(?: [\p{L}\p{M}\p{N}_-]+)*$/u;
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 10;

/**
 * Where a claim was said: the words of a locution in a dialogue (AIF's L-node, anchored to the
 * claim by an illocution such as "Asserting") and who said them, where known.
 */
export interface Said {
  speaker?: string;
  text: string;
}

/** An exact span of the clean source text: `text === source.text.slice(start, end)`. */
export interface Quote {
  start: number;
  end: number;
  text: string;
}

export interface ArgumentNode {
  id: string;
  kind: NodeKind;
  /** Not stated in the text; added by the reconstruction. Has no quote. */
  implicit: boolean;
  /** The claim in the source language (the quote's wording, shortened only by a marked ellipsis). */
  text: string;
  /** A short English gloss. */
  gloss: string;
  quote?: Quote;
  /** The source text breaks off inside this node's passage (e.g. at the end of the page). */
  breaksOff?: boolean;
  /** Tags, in the order given, each once (see TAG_PATTERN); an empty list is the same as none. */
  tags?: string[];
  /** Where the claim was said in a dialogue (an AIF locution), as against `quote` in the source. */
  said?: Said;
  /**
   * Only in a derived map (explore/visibleMap): this node is a folded group drawn as one box,
   * titled with the group's label, standing for its `members` nodes. No claim of the text.
   */
  standsFor?: { group: string; members: number };
}

export interface Relation {
  id: string;
  kind: RelationKind;
  /** One node, or several co-premises that support only together (linked argument). */
  from: string[];
  /** A node id, or a relation id for an undercut (attack on the inference). */
  to: string;
}

export interface Group {
  id: string;
  label: string;
  members: string[];
}

export interface Source {
  text: string;
  /** BCP 47 tag, e.g. `de-CH`. */
  language: string;
  page?: number;
  citation?: string;
}

/** Text in several interface languages, keyed by language (`en`, `de`); any may be missing. */
export type Localized = Record<string, string>;

/** One step of a tour: the nodes it reveals, what the audience reads, what the presenter says. */
export interface TourStep {
  id: string;
  title?: Localized;
  /** Shown to the audience under the map. */
  caption?: Localized;
  /** For the presenter's eyes only. */
  notes?: Localized;
  /** Nodes this step reveals and the camera frames; earlier steps' nodes stay shown. */
  nodes: string[];
}

/** An ordered way through the map for presenting it, one step at a time. */
export interface Tour {
  id: string;
  title: Localized;
  steps: TourStep[];
}

export interface ArgumentMap {
  version: typeof MAP_FORMAT_VERSION;
  title: string;
  source: Source;
  nodes: ArgumentNode[];
  relations: Relation[];
  groups: Group[];
  /** Presentations of the map; a map without one gets a generated tour (src/tour). */
  tours?: Tour[];
}

export const MAP_FORMAT_VERSION = 1;

/** A problem found in a map file, located by a path such as `nodes[3].quote`. */
export interface MapIssue {
  path: string;
  message: string;
}

export function formatIssue(issue: MapIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
