import type { TFunction } from 'i18next';
import { addNode, deleteNodes } from '../edit/nodeEdits';
import {
  addCoPremise,
  deleteRelation,
  removeCoPremise,
  splitCoPremise,
  undercut,
} from '../edit/relationEdits';
import { moveAmongSiblings } from '../edit/siblingEdits';
import type { AppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';
import { type Attachment, addAttached, addNewCoPremise } from './compoundEdits';

/**
 * The editing intents the canvas, the toolbar and the keyboard share. Each is one undo step;
 * a new node is selected and opened for typing at once.
 */
export function editCommands(store: AppStoreApi, t: TFunction) {
  const refused = (message: string) => t('edit.refused', { message });
  const startTyping = (id: string) => {
    store.getState().selectNode(id);
    store.getState().editNodeText(id);
    store.getState().centerOn(id);
  };
  return {
    /** A free claim; the first claim of an empty map is its conclusion. */
    addClaim() {
      const map = store.getState().map;
      const kind = map.nodes.length === 0 ? 'conclusion' : 'claim';
      const result = addNode(map, { kind, text: t('edit.newClaim') });
      if (applyEdit(store, t('edit.did.addClaim'), result, refused) && result.ok)
        startTyping(result.id);
    },
    /** A reason for, or an objection to, `target`. */
    attach(target: string, how: Attachment) {
      const text = how === 'support' ? t('edit.newReason') : t('edit.newObjection');
      const result = addAttached(store.getState().map, target, how, text);
      const label = how === 'support' ? t('edit.did.addReason') : t('edit.did.addObjection');
      if (applyEdit(store, label, result, refused) && result.ok) startTyping(result.id);
    },
    /** `nodeId` joins the premises of `relationId`: they support only together now. */
    addCoPremise(relationId: string, nodeId: string): boolean {
      const result = addCoPremise(store.getState().map, relationId, nodeId);
      return applyEdit(store, t('edit.did.coPremise'), result, refused);
    },
    /** A new premise joining the premises of `relationId`, opened for typing. */
    newCoPremise(relationId: string) {
      const result = addNewCoPremise(store.getState().map, relationId, t('edit.newReason'));
      if (applyEdit(store, t('edit.did.coPremise'), result, refused) && result.ok)
        startTyping(result.id);
    },
    /** Takes `nodeId` out of the premises of `relationId` (the box stays). */
    takeOutCoPremise(relationId: string, nodeId: string): boolean {
      const result = removeCoPremise(store.getState().map, relationId, nodeId);
      return applyEdit(store, t('edit.did.takeOut'), result, refused);
    },
    /** `nodeId` leaves the linked argument and gets an arrow of its own. */
    splitCoPremise(relationId: string, nodeId: string): boolean {
      const result = splitCoPremise(store.getState().map, relationId, nodeId);
      return applyEdit(store, t('edit.did.split'), result, refused);
    },
    /** `attacker` attacks the inference of `relationId` (an undercut). */
    undercut(relationId: string, attacker: string): boolean {
      const result = undercut(store.getState().map, relationId, attacker);
      return applyEdit(store, t('edit.did.undercut'), result, refused);
    },
    moveAmongSiblings(id: string, step: -1 | 1) {
      const result = moveAmongSiblings(store.getState().map, id, step);
      applyEdit(store, t('edit.did.reorder'), result, refused);
    },
    deleteNode(id: string) {
      const result = deleteNodes(store.getState().map, [id]);
      applyEdit(store, t('edit.did.delete'), result, refused);
    },
    deleteRelation(id: string) {
      const result = deleteRelation(store.getState().map, id);
      applyEdit(store, t('edit.did.delete'), result, refused);
    },
    /** Deletes what is selected: a node (with its arrows) or an arrow. */
    deleteSelected(): boolean {
      const { selectedNodeId, selectedRelationId } = store.getState();
      if (selectedNodeId) this.deleteNode(selectedNodeId);
      else if (selectedRelationId) this.deleteRelation(selectedRelationId);
      else return false;
      return true;
    },
  };
}

export type EditCommands = ReturnType<typeof editCommands>;
