// Ids of what the ELK graph adds to a map, in a module of their own: the view names junctions
// too, and should not load the graph builder for that.

/** ELK ids of junction nodes; prefixed so they cannot collide with map ids (which have no `#`). */
export const junctionId = (relationId: string) => `#j:${relationId}`;
/** The relation a junction node belongs to, or null for an id that is no junction's. */
export const relationOfJunction = (id: string): string | null =>
  id.startsWith('#j:') ? id.slice(3) : null;
export const edgeId = (relationId: string, part: string) => `#e:${relationId}:${part}`;

/** A dummy box where a long edge crosses a layer (see orderTreeLayers); not drawn. */
export const layerDummyId = (edge: string, layer: number) => `#d:${layer}:${edge}`;
/** The k-th one-layer piece of a long edge, from its source on. */
export const edgePieceId = (edge: string, k: number) => `#p:${k}:${edge}`;

/** The port on a group's side where an edge leaves one of its members (`end`: at the source or target). */
export const groupPortId = (edge: string, end: 's' | 't') => `#q:${end}:${edge}`;

/** The port where an edge enters a group member in the order of its sources (see memberPorts). */
export const memberPortId = (edge: string) => `#t:${edge}`;

/** The edge a piece belongs to and its place, or null for an edge that is no piece. */
export function pieceOf(id: string): { edge: string; k: number } | null {
  const m = /^#p:(\d+):/.exec(id);
  return m ? { edge: id.slice(m[0].length), k: Number(m[1]) } : null;
}
