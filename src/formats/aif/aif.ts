import type { ArgumentMap, ArgumentNode, Group, Relation, Source } from '../../model/types';

/**
 * AIF as AIFdb and OVA exchange it (a "nodeset"): I-nodes are claims, RA-nodes inferences, CA-nodes
 * conflicts, MA-nodes rephrases; L, TA and YA nodes belong to the dialogue (locutions, transitions,
 * illocutions). Edges run from premise to RA/CA and from RA/CA to what it supports or attacks.
 * A locution is anchored in the claim it states by an illocution: L -> YA ("Asserting") -> I;
 * `locutions` say who spoke each L-node (`personID`), `participants` who that person is.
 */
export type AifNodeType = 'I' | 'RA' | 'CA' | 'MA' | 'L' | 'YA';

export interface AifNode {
  nodeID: string;
  text: string;
  type: AifNodeType;
  timestamp: string;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}

export interface AifLocution {
  nodeID: string;
  personID: string;
  timestamp: string;
}

export interface AifParticipant {
  participantID: string;
  firstname: string;
  surname: string;
}

/** The S-node texts AIFdb uses for an inference or conflict that names no scheme. */
export const DEFAULT_INFERENCE = 'Default Inference';
export const DEFAULT_CONFLICT = 'Default Conflict';
/** The illocution that anchors a locution in the claim it puts forward. */
export const ASSERTING = 'Asserting';
/** How OVA writes a locution: `Speaker : words`. */
export const SPEAKER_SEPARATOR = ' : ';

/**
 * What AIF has no place for, under a top-level key AIF readers ignore: node kinds, both texts,
 * quotes, tags, groups, "continues" relations and our ids, each keyed by the AIF nodeID it belongs
 * to. Where a claim was said is not in it: AIF has its own place for that, the locutions.
 */
export const EXTENSION_KEY = 'argmap';

/** A node as our model has it (but `said`), keyed by the AIF nodeID that stands for it. */
export type ExtensionNode = Omit<ArgumentNode, 'said'> & { nodeID: string };

export interface Extension {
  version: ArgumentMap['version'];
  title: string;
  source: Source;
  /** Which text the I-nodes carry. */
  labels: 'source' | 'gloss';
  nodes: ExtensionNode[];
  relations: { nodeID: string; id: string }[];
  /** Relations that are not inference or conflict: "continues", and relations aimed at them. */
  otherRelations: Relation[];
  groups: Group[];
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  /** Only when some claim was said by someone. */
  participants?: AifParticipant[];
  [EXTENSION_KEY]: Extension;
}
