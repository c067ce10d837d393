import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import {
  Annotation,
  Compartment,
  type EditorState,
  type Extension,
  Transaction,
  type TransactionSpec,
} from '@codemirror/state';
import { EditorView, type KeyBinding, keymap, lineNumbers } from '@codemirror/view';
import { argdown, argdownHighlight } from './argdownLanguage';
import { minimalChange } from './keepCursor';

/** Marks a transaction that brings in text from outside, so it is not reported back as an edit. */
export const externalUpdate = Annotation.define<boolean>();

/**
 * The editor's keys without undo and redo, for when the app binds Ctrl+Z itself. Tab is left to
 * move the focus on (no indentWithTab), so keyboard users are not trapped in the editor.
 */
export const editorKeymapBase: readonly KeyBinding[] = [...defaultKeymap, ...lintKeymap];

/** Holds the aria-label, which changes with the interface language. */
export const labelCompartment = new Compartment();

export function labelExtension(ariaLabel: string): Extension {
  // An explicit tab stop: checkers (and some screen readers) do not count contenteditable as
  // focusable, and the scrolling editor must be reachable by keyboard.
  return EditorView.contentAttributes.of({ 'aria-label': ariaLabel, tabindex: '0' });
}

// In the page's palette (app.css variables), so the editor is light or dark with the page. The
// selection repeats CodeMirror's own selector for the focused editor, which would win otherwise.
const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--am-ink)', backgroundColor: 'var(--am-surface)' },
  '.cm-scroller': { fontFamily: 'var(--am-mono, ui-monospace, monospace)', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--am-ink)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--am-ink)' },
  '.cm-gutters': {
    backgroundColor: 'var(--am-surface-alt)',
    color: 'var(--am-muted)',
    borderRightColor: 'var(--am-border)',
  },
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground':
    { background: 'var(--am-pressed)' },
  '.cm-tooltip': {
    color: 'var(--am-ink)',
    backgroundColor: 'var(--am-surface)',
    border: '1px solid var(--am-border-strong)',
  },
  '.cm-panels': { color: 'var(--am-ink)', backgroundColor: 'var(--am-surface-alt)' },
});

/**
 * Everything the Argdown editor needs; `onEdit` gets the text after each edit by the user.
 * With `undo` and `redo` the app's history answers Ctrl+Z, one history for text and canvas;
 * without, the editor keeps its own.
 */
export function argdownEditorExtensions(options: {
  ariaLabel: string;
  onEdit: (text: string) => void;
  undo?: () => void;
  redo?: () => void;
}): Extension[] {
  const { undo, redo } = options;
  const handled = (action: () => void) => () => {
    action();
    return true;
  };
  const historyKeys: readonly KeyBinding[] =
    undo && redo
      ? [
          { key: 'Mod-z', run: handled(undo), preventDefault: true },
          { key: 'Mod-Shift-z', run: handled(redo), preventDefault: true },
          { key: 'Mod-y', run: handled(redo), preventDefault: true },
        ]
      : historyKeymap;
  return [
    lineNumbers(),
    ...(undo && redo ? [] : [history()]),
    bracketMatching(),
    EditorView.lineWrapping,
    argdown(),
    syntaxHighlighting(argdownHighlight),
    lintGutter(),
    keymap.of([...historyKeys, ...editorKeymapBase]),
    labelCompartment.of(labelExtension(options.ariaLabel)),
    theme,
    EditorView.updateListener.of((update) => {
      const edited = update.transactions.some(
        (tr) => tr.docChanged && !tr.annotation(externalUpdate),
      );
      if (edited) options.onEdit(update.state.doc.toString());
    }),
  ];
}

/**
 * The transaction that brings `value` into the editor, or null when it already shows it. Only
 * the changed middle is replaced, so the cursor stays (mapped, so never past the end). It is
 * kept out of the editor's undo history: undoing it is the job of whoever changed the text.
 */
export function externalValueSpec(state: EditorState, value: string): TransactionSpec | null {
  const change = minimalChange(state.doc.toString(), value);
  if (change === null) return null;
  return {
    changes: change,
    annotations: [externalUpdate.of(true), Transaction.addToHistory.of(false)],
  };
}
