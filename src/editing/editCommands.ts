import type { TFunction } from 'i18next';
import { addNode, deleteNodes } from '../edit/nodeEdits';
import { deleteRelation } from '../edit/relationEdits';
import { moveAmongSiblings } from '../edit/siblingEdits';
import type { AppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';
import { type Attachment, addAttached } from './compoundEdits';

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
