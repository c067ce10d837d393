// Pure edits of an argument map: each returns a new map or a refusal, never mutating its input.

export type { EditResult } from './editResult';
export { deleteGroup, groupNodes, renameGroup, setNodeGroup } from './groupEdits';
export { setSourceText, setTitle } from './mapEdits';
export { freshId, isValidId } from './newIds';
export { addNode, deleteNodes, type NewNode, type NodePatch, updateNode } from './nodeEdits';
export {
  addCoPremise,
  addRelation,
  deleteRelation,
  type NewRelation,
  removeCoPremise,
  setRelationKind,
  splitCoPremise,
  undercut,
} from './relationEdits';
