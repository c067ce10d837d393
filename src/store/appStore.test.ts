import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { createAppStore } from './appStore';

const base = tinyMap(['a', 'b'], [['r1', 'support', 'a', 'b']]);
const renamed = (title: string) => ({ ...base, title });

function storeWithIds() {
  let n = 0;
  return createAppStore(base, undefined, undefined, () => `doc-${++n}`);
}

describe('app store history', () => {
  it('undoes and redoes an edit, and an unchanged map is no step', () => {
    const store = storeWithIds();
    const edited = renamed('edited');
    store.getState().edit('rename', edited);
    store.getState().edit('nothing', edited);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().map).toBe(base);
    store.getState().redo();
    expect(store.getState().map).toBe(edited);
  });

  it('gives the default map a library id on its first change and takes it back on undo', () => {
    const store = storeWithIds();
    expect(store.getState().docId).toBeNull();
    store.getState().edit('rename', renamed('x'));
    expect(store.getState().docId).toBe('doc-1');
    store.getState().edit('rename', renamed('y'));
    expect(store.getState().docId).toBe('doc-1');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().docId).toBeNull();
    // Redone, the changes go back into the same copy, not a second one.
    store.getState().redo();
    expect(store.getState().docId).toBe('doc-1');
  });

  it('opens another map undoably, with a fresh view, and comes back to the old one', () => {
    const store = storeWithIds();
    store.getState().selectNode('a');
    store.getState().toggleCollapsed('b');
    const other = tinyMap(['x']);
    store.getState().openMap('open file', other, 'doc-9');
    expect(store.getState().map).toBe(other);
    expect(store.getState().selectedNodeId).toBeNull();
    expect(store.getState().filter.collapsed).toEqual([]);
    store.getState().undo();
    expect(store.getState().map).toBe(base);
    expect(store.getState().docId).toBeNull();
  });

  it('drops a selection the undone map no longer has', () => {
    const store = storeWithIds();
    const withC = tinyMap(['a', 'b', 'c'], [['r1', 'support', 'a', 'b']]);
    store.getState().edit('add', withC);
    store.getState().selectNode('c');
    store.getState().undo();
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('runs side effects when undoing and redoing', () => {
    const store = storeWithIds();
    const log: string[] = [];
    store.getState().openMap('delete', base, null, {
      sideEffect: { undo: () => log.push('undo'), redo: () => log.push('redo') },
    });
    store.getState().undo();
    store.getState().redo();
    expect(log).toEqual(['undo', 'redo']);
  });

  it('keeps the Argdown text a map was read from, and brings it back on undo', () => {
    const store = storeWithIds();
    store.getState().edit('argdown', renamed('1'), { argdown: 'one', mergeKey: 'argdown' });
    store.getState().edit('canvas', renamed('2'));
    expect(store.getState().argdown).toBeNull();
    store.getState().undo();
    expect(store.getState().argdown).toBe('one');
  });
});

describe('the view across edits', () => {
  it('keeps the selection and the fold when the default map is first edited', () => {
    let n = 0;
    const store = createAppStore(base, undefined, undefined, () => `doc-${++n}`);
    store.getState().selectNode('a');
    store.getState().toggleCollapsed('b');
    const epoch = store.getState().viewEpoch;
    store.getState().edit('rename', renamed('x'));
    expect(store.getState().selectedNodeId).toBe('a');
    expect(store.getState().filter.collapsed).toEqual(['b']);
    expect(store.getState().viewEpoch).toBe(epoch);
    store.getState().undo();
    expect(store.getState().selectedNodeId).toBe('a');
    expect(store.getState().viewEpoch).toBe(epoch);
  });
});

describe('the library id', () => {
  it('is set on the first edit even though the view is kept', () => {
    let n = 0;
    const store = createAppStore(base, undefined, undefined, () => `doc-${++n}`);
    store.getState().edit('rename', renamed('x'));
    expect(store.getState().docId).toBe('doc-1');
  });
});
