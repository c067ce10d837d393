import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../app/typingTarget';
import type { AppStoreApi } from '../store/useAppStore';
import { editCommands } from './editCommands';

/**
 * Keys that edit, anywhere but in a text field (fields keep their own undo): Ctrl+Z undo,
 * Ctrl+Shift+Z or Ctrl+Y redo, N a new claim, Delete the selection.
 */
export function useEditKeys(store: AppStoreApi): void {
  const { t } = useTranslation();
  useEffect(() => {
    const commands = editCommands(store, t);
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || store.getState().presentation) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if (mod && !e.altKey && !e.shiftKey && key === 'y') {
        e.preventDefault();
        store.getState().redo();
      } else if (!mod && !e.altKey && key === 'n') {
        e.preventDefault();
        commands.addClaim();
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        if (commands.deleteSelected()) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, t]);
}
