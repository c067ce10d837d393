import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeLabel } from '../edit/labels';
import { addRelation } from '../edit/relationEdits';
import { useAppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';

/** An arrow the user has drawn, waiting for its kind. Screen position of the drop. */
export interface PendingConnection {
  from: string;
  to: string;
  x: number;
  y: number;
}

/**
 * The small question after drawing an arrow: does the first node support or attack the
 * second? Esc or Cancel draws nothing.
 */
export function ConnectChooser({
  pending,
  onDone,
}: {
  pending: PendingConnection;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const map = store.getState().map;
  const choose = (kind: 'support' | 'attack') => {
    const result = addRelation(store.getState().map, {
      kind,
      from: [pending.from],
      to: pending.to,
    });
    applyEdit(store, t('edit.did.connect'), result, (m) => t('edit.refused', { message: m }));
    onDone();
  };
  return (
    <div
      className="am-chooser"
      role="dialog"
      aria-label={t('edit.chooser', {
        from: nodeLabel(map, pending.from),
        to: nodeLabel(map, pending.to),
      })}
      style={{ left: pending.x, top: pending.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <p>
        {t('edit.chooser', { from: nodeLabel(map, pending.from), to: nodeLabel(map, pending.to) })}
      </p>
      <button ref={first} type="button" className="am-button" onClick={() => choose('support')}>
        {t('edit.supports')}
      </button>
      <button type="button" className="am-button" onClick={() => choose('attack')}>
        {t('edit.attacks')}
      </button>
      <button type="button" className="am-button" onClick={onDone}>
        {t('edit.cancel')}
      </button>
    </div>
  );
}
