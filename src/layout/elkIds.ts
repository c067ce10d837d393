// Ids of what the ELK graph adds to a map, in a module of their own: the view names junctions
// too, and should not load the graph builder for that.

/** ELK ids of junction nodes; prefixed so they cannot collide with map ids (which have no `#`). */
export const junctionId = (relationId: string) => `#j:${relationId}`;
export const edgeId = (relationId: string, part: string) => `#e:${relationId}:${part}`;
