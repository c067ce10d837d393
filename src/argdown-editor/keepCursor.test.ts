import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { externalUpdate, externalValueSpec } from './editorSetup';
import { minimalChange } from './keepCursor';

describe('minimalChange', () => {
  it('replaces only the part that differs', () => {
    expect(minimalChange('[A]: one\n[B]: two', '[A]: one\n[B]: three')).toEqual({
      from: 15,
      to: 17,
      insert: 'hree',
    });
    expect(minimalChange('abc', 'abXc')).toEqual({ from: 2, to: 2, insert: 'X' });
    expect(minimalChange('abc', '')).toEqual({ from: 0, to: 3, insert: '' });
    expect(minimalChange('', 'abc')).toEqual({ from: 0, to: 0, insert: 'abc' });
  });

  it('sees no change in the same text with Windows line breaks', () => {
    expect(minimalChange('a\nb\n', 'a\r\nb\r\n')).toBeNull();
    expect(minimalChange('a\nb', 'a\r\nc')).toEqual({ from: 2, to: 3, insert: 'c' });
  });

  it('does not split a surrogate pair', () => {
    // 😀 and 😃 share their high surrogate.
    expect(minimalChange('a😀b', 'a😃b')).toEqual({ from: 1, to: 3, insert: '😃' });
  });

  it('handles repeated text on either side of the change', () => {
    const doc = 'aaaa';
    const change = minimalChange(doc, 'aa');
    expect(change).not.toBeNull();
    if (change) expect(doc.slice(0, change.from) + change.insert + doc.slice(change.to)).toBe('aa');
  });
});

describe('externalValueSpec', () => {
  const state = (doc: string, cursor: number) =>
    EditorState.create({ doc, selection: EditorSelection.cursor(cursor) });

  it('keeps the cursor on its text when a line before it changes', () => {
    const before = state('[A]: one\n[B]: two', 12);
    const spec = externalValueSpec(before, '[A]: one more\n[B]: two');
    expect(spec).not.toBeNull();
    if (!spec) return;
    const tr = before.update(spec);
    expect(tr.state.doc.toString()).toBe('[A]: one more\n[B]: two');
    expect(tr.state.selection.main.head).toBe(17);
    expect(tr.annotation(externalUpdate)).toBe(true);
  });

  it('clamps the cursor when the text gets shorter', () => {
    const before = state('[A]: a long text', 16);
    const spec = externalValueSpec(before, '[A]');
    if (!spec) throw new Error('expected a change');
    expect(before.update(spec).state.selection.main.head).toBe(3);
  });

  it('does nothing when the editor already shows the value', () => {
    expect(externalValueSpec(state('a\nb', 0), 'a\r\nb')).toBeNull();
  });
});
