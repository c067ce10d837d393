import type { NodeKind, RelationKind } from '../../model/types';

/**
 * Colours of the graph exports (GraphML, DOT, Mermaid), one set so the three look alike: a
 * light fill per kind and a darker border; green support, red attack, grey reading order.
 */
export const KIND_COLORS: Record<NodeKind, { fill: string; border: string }> = {
  conclusion: { fill: '#DCE8F7', border: '#1F4E79' },
  claim: { fill: '#F2F2F2', border: '#595959' },
  premise: { fill: '#FFFFFF', border: '#595959' },
  objection: { fill: '#F8DEDC', border: '#A61C00' },
  question: { fill: '#FFF4D1', border: '#7F6000' },
};

export const RELATION_COLORS: Record<RelationKind, string> = {
  support: '#2E7D32',
  attack: '#C62828',
  continues: '#8C8C8C',
};

/** Node labels are wrapped at this many characters where the format does not wrap by itself. */
export const WRAP_WIDTH = 40;
