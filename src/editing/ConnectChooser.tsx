import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditResult } from '../edit/editResult';
import { nodeLabel, nodeLabels, targetLabel } from '../edit/labels';
import { addCoPremise, addRelation, undercut } from '../edit/relationEdits';
import type { ArgumentMap } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';

/**
 * An arrow the user has drawn, waiting for its kind. Screen position of the drop. `to` is a
 * node, or a relation when the arrow was dropped on its junction dot.
 */
export interface PendingConnection {
  from: string;
  to: string;
  x: number;
  y: number;
}

/** A way to read the drawn arrow: its words and the edit it makes. */
interface Choice {
  key: string;
  label: string;
  did: string;
  edit: (map: ArgumentMap) => EditResult;
  wide?: boolean;
}

/**
 * The small question after drawing an arrow: does the first node support or attack the
 * second, support it together with a premise there (a co-premise), or attack the inference of
 * an arrow into it (an undercut)? Dropped on a junction dot, it attacks that inference. Esc or
 * Cancel draws nothing.
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
  const { from, to } = pending;
  const onArrow = map.relations.some((r) => r.id === to);
  const choices: Choice[] = [];
  if (onArrow) {
    choices.push({
      key: 'undercut',
      label: t('edit.inference.undercutHere'),
      did: t('edit.did.undercut'),
      edit: (m) => undercut(m, to, from),
    });
  } else {
    for (const kind of ['support', 'attack'] as const) {
      choices.push({
        key: kind,
        label: t(kind === 'support' ? 'edit.supports' : 'edit.attacks'),
        did: t('edit.did.connect'),
        edit: (m) => addRelation(m, { kind, from: [from], to }),
      });
    }
    const into = map.relations.filter((r) => r.to === to && !r.from.includes(from));
    for (const r of into.filter((x) => x.kind === 'support')) {
      choices.push({
        key: `with:${r.id}`,
        label: t('edit.inference.together', { others: nodeLabels(map, r.from) }),
        did: t('edit.did.coPremise'),
        edit: (m) => addCoPremise(m, r.id, from),
        wide: true,
      });
    }
    for (const r of into.filter((x) => x.kind !== 'continues')) {
      choices.push({
        key: `undercut:${r.id}`,
        label: t('edit.inference.undercutStep', {
          from: nodeLabels(map, r.from),
          to: nodeLabel(map, to),
        }),
        did: t('edit.did.undercut'),
        edit: (m) => undercut(m, r.id, from),
        wide: true,
      });
    }
  }
  const choose = (choice: Choice) => {
    applyEdit(store, choice.did, choice.edit(store.getState().map), (m) =>
      t('edit.refused', { message: m }),
    );
    onDone();
  };
  const question = t('edit.chooser', { from: nodeLabel(map, from), to: targetLabel(map, to) });
  return (
    <div
      className="am-chooser"
      role="dialog"
      aria-label={question}
      data-testid="connect-chooser"
      style={{ left: pending.x, top: pending.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <p>{question}</p>
      {choices.map((c, i) => (
        <button
          key={c.key}
          ref={i === 0 ? first : undefined}
          type="button"
          className={c.wide ? 'am-button am-chooser__wide' : 'am-button'}
          onClick={() => choose(c)}
        >
          {c.label}
        </button>
      ))}
      <button type="button" className="am-button" onClick={onDone}>
        {t('edit.cancel')}
      </button>
    </div>
  );
}
