import { type Diagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import './argdownEditor.css';
import { clampDiagnostics } from './diagnostics';
import {
  argdownEditorExtensions,
  externalValueSpec,
  labelCompartment,
  labelExtension,
} from './editorSetup';

export interface ArgdownEditorProps {
  /** The text to show. Update it from `onChange` right away: a stale value replaces the edit. */
  value: string;
  /** The whole text after each edit by the user (not after a change of `value`). */
  onChange(text: string): void;
  diagnostics: Diagnostic[];
  ariaLabel: string;
  /** The app's undo and redo for Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y (else the editor's own). */
  onUndo?: () => void;
  onRedo?: () => void;
}

/** A CodeMirror editor for Argdown text, kept in step with `value`. */
export function ArgdownEditor({
  value,
  onChange,
  diagnostics,
  ariaLabel,
  onUndo,
  onRedo,
}: ArgdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The view is created once; it reads the latest props through this ref.
  const props = useRef({ value, onChange, diagnostics, ariaLabel, onUndo, onRedo });
  useLayoutEffect(() => {
    props.current = { value, onChange, diagnostics, ariaLabel, onUndo, onRedo };
  });

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const initial = props.current;
    const editor = new EditorView({
      parent,
      state: EditorState.create({
        doc: initial.value,
        extensions: argdownEditorExtensions({
          ariaLabel: initial.ariaLabel,
          onEdit: (text) => props.current.onChange(text),
          ...(initial.onUndo && initial.onRedo
            ? {
                undo: () => props.current.onUndo?.(),
                redo: () => props.current.onRedo?.(),
              }
            : {}),
        }),
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    const spec = editor && externalValueSpec(editor.state, value);
    if (editor && spec) editor.dispatch(spec);
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const inside = clampDiagnostics(diagnostics, editor.state.doc.length);
    editor.dispatch(setDiagnostics(editor.state, inside));
  }, [diagnostics]);

  useEffect(() => {
    view.current?.dispatch({ effects: labelCompartment.reconfigure(labelExtension(ariaLabel)) });
  }, [ariaLabel]);

  return <div ref={host} style={{ height: '100%' }} />;
}
