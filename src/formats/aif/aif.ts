import type { ArgumentMap, ArgumentNode, Group, Relation, Source } from '../../model/types';

/**
 * AIF as AIFdb and OVA exchange it (a "nodeset"): I-nodes are claims, RA-nodes inferences, CA-nodes
 * conflicts, MA-nodes rephrases; L, TA and YA nodes belong to the dialogue (locutions, transitions,
 * illocutions). Edges run from premise to RA/CA and from RA/CA to what it supports or attacks.
 */
export type AifNodeType = 'I' | 'RA' | 'CA' | 'MA';

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

/** The S-node texts AIFdb uses for an inference or conflict that names no scheme. */
export const DEFAULT_INFERENCE = 'Default Inference';
export const DEFAULT_CONFLICT = 'Default Conflict';

/**
 * What AIF has no place for, under a top-level key AIF readers ignore: node kinds, both texts,
 * quotes, groups, "continues" relations and our ids, each keyed by the AIF nodeID it belongs to.
 */
export const EXTENSION_KEY = 'argmap';

/** A node as our model has it, keyed by the AIF nodeID that stands for it. */
export type ExtensionNode = ArgumentNode & { nodeID: string };

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
  locutions: never[];
  [EXTENSION_KEY]: Extension;
}
