import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateNode } from '../edit/nodeEdits';
import type { ArgumentNode } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';
import { focusNode } from './focusNode';

/**
 * The node's text, editable where it stands: Enter keeps it, Shift+Enter breaks the line,
 * Esc leaves it as it was. Leaving the field keeps what was typed.
 */
export function NodeTextEditor({ node }: { node: ArgumentNode }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [text, setText] = useState(node.text);
  const done = useRef(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep && text !== node.text) {
      const result = updateNode(store.getState().map, node.id, { text });
      applyEdit(store, t('edit.did.editText'), result, (m) => t('edit.refused', { message: m }));
    }
    store.getState().editNodeText(null);
    focusNode(node.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // The canvas's own keys (arrows, Space, Delete) must not act while typing.
    e.stopPropagation();
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  };
  return (
    <textarea
      ref={field}
      className="am-node__editor nodrag nowheel nopan"
      aria-label={t('edit.textField')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}
