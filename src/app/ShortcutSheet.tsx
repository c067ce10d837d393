import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from './typingTarget';

const KEYS = [
  ['Tab', 'tab'],
  ['← ↑ → ↓', 'arrows'],
  ['Enter', 'enter'],
  ['Space', 'space'],
  ['Esc', 'escape'],
  ['/', 'slash'],
  ['Enter', 'enterSearch'],
  ['?', 'help'],
  ['N', 'newClaim'],
  ['R', 'reason'],
  ['O', 'objection'],
  ['F2', 'editText'],
  ['Alt + ← →', 'reorder'],
  ['Delete', 'delete'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'redo'],
] as const;

/** The sheet of keyboard shortcuts, opened with `?` anywhere but in a text field. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isTypingTarget(e.target)) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="am-shortcuts"
      aria-labelledby="am-shortcuts-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="am-shortcuts-title">{t('shortcuts.title')}</h2>
      <dl>
        {KEYS.map(([key, what]) => (
          <div key={what}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${what}`)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="am-button">
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
