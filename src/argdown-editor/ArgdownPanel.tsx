import type { Diagnostic } from '@codemirror/lint';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toArgdown } from '../formats/argdown/toArgdown';
import { argdownOffThread } from '../formats/worker/parseOffThread';
import { useAppStoreApi } from '../store/useAppStore';
import { ArgdownEditor } from './ArgdownEditor';
import { issueToDiagnostic } from './diagnostics';
import { followMap } from './followMap';
import { PARSE_DELAY_MS } from './parseDelay';

/**
 * The open map as Argdown, editable: the map follows as you type. Text that cannot be read
 * leaves the map at its last readable version and says where the problem is. An edit on the
 * canvas (or an undo) rewrites the text from the map.
 */
export function ArgdownPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const source = store((s) => s.argdown);
  // What the map says as Argdown: the user's own text when the map was read from it.
  const shown = useMemo(() => source ?? toArgdown(map), [source, map]);
  const [text, setText] = useState(shown);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [errors, setErrors] = useState(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    setText(shown);
    setDiagnostics([]);
    setErrors(0);
  }, [shown]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // Only the latest text's result counts: the reading of a text typed on since is dropped
  // (taken, it would put that older text back in the editor and lose the keys typed meanwhile).
  const latest = useRef('');
  const read = async (next: string) => {
    const epoch = store.getState().viewEpoch;
    const result = await argdownOffThread(next).catch((e: unknown) => ({
      ok: false as const,
      issues: [{ path: '', message: e instanceof Error ? e.message : String(e) }],
    }));
    // Another map opened meanwhile: this text belonged to the one before.
    if (latest.current !== next || store.getState().viewEpoch !== epoch) return;
    if (!result.ok) {
      setDiagnostics(result.issues.map((i) => issueToDiagnostic(next, i, 'error')));
      setErrors(result.issues.length);
      return;
    }
    setDiagnostics(result.warnings.map((i) => issueToDiagnostic(next, i, 'warning')));
    setErrors(0);
    const current = store.getState().map;
    const followed = followMap(current, result.map);
    store.getState().edit(t('edit.did.argdown'), followed, { mergeKey: 'argdown', argdown: next });
  };
  const onChange = (next: string) => {
    latest.current = next;
    setText(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void read(next), PARSE_DELAY_MS);
  };

  return (
    <aside
      className="am-side-panel am-argdown"
      aria-label={t('argdown.title')}
      data-testid="argdown-panel"
    >
      <h2>{t('argdown.title')}</h2>
      <p className="am-argdown__status" role="status" data-testid="argdown-status">
        {errors > 0 ? t('argdown.errors', { count: errors }) : t('argdown.live')}
      </p>
      <div className="am-argdown__editor">
        <ArgdownEditor
          value={text}
          onChange={onChange}
          diagnostics={diagnostics}
          ariaLabel={t('argdown.label')}
          onUndo={() => store.getState().undo()}
          onRedo={() => store.getState().redo()}
        />
      </div>
    </aside>
  );
}
