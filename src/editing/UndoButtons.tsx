import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';

/** Undo and redo, each saying what it would undo or redo. */
export function UndoButtons() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const last = store((s) => s.history.past.at(-1)?.label);
  const next = store((s) => s.history.future[0]?.label);
  const undoTitle = last ? t('edit.undoWhat', { what: last }) : t('edit.nothingToUndo');
  const redoTitle = next ? t('edit.redoWhat', { what: next }) : t('edit.nothingToRedo');
  return (
    <span className="am-button-pair">
      <button
        type="button"
        className="am-button am-button--icon"
        aria-label={undoTitle}
        title={undoTitle}
        disabled={!last}
        onClick={() => store.getState().undo()}
      >
        ↶
      </button>
      <button
        type="button"
        className="am-button am-button--icon"
        aria-label={redoTitle}
        title={redoTitle}
        disabled={!next}
        onClick={() => store.getState().redo()}
      >
        ↷
      </button>
    </span>
  );
}
