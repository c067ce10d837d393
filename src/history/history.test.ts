import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import type { ArgumentMap } from '../model/types';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  type History,
  type HistoryEntry,
  MERGE_WINDOW_MS,
  record,
  redo,
  undo,
} from './history';

const titled = (title: string): ArgumentMap => ({ ...tinyMap(['a', 'b']), title });

function change(from: ArgumentMap, to: ArgumentMap, at: number, mergeKey?: string): HistoryEntry {
  return {
    label: 'edit',
    before: { docId: 'a', map: from },
    after: { docId: 'a', map: to },
    at,
    mergeKey,
  };
}

describe('history', () => {
  it('undoes and redoes changes in order', () => {
    const [m0, m1, m2] = [titled('0'), titled('1'), titled('2')];
    let h: History = record(EMPTY_HISTORY, change(m0, m1, 0));
    h = record(h, change(m1, m2, 10_000));
    const u1 = undo(h);
    expect(u1?.entry.before.map).toBe(m1);
    const u2 = u1 && undo(u1.history);
    expect(u2?.entry.before.map).toBe(m0);
    expect(u2 && undo(u2.history)).toBeNull();
    const r1 = u2 && redo(u2.history);
    expect(r1?.entry.after.map).toBe(m1);
  });

  it('makes quick typing in one field one step, but not slow typing or other fields', () => {
    const [m0, m1, m2, m3, m4] = [titled('0'), titled('1'), titled('2'), titled('3'), titled('4')];
    let h = record(EMPTY_HISTORY, change(m0, m1, 0, 'node:a:text'));
    h = record(h, change(m1, m2, 500, 'node:a:text'));
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.before.map).toBe(m0);
    expect(h.past[0]?.after.map).toBe(m2);
    h = record(h, change(m2, m3, 500 + MERGE_WINDOW_MS + 1, 'node:a:text'));
    expect(h.past).toHaveLength(2);
    h = record(h, change(m3, m4, 500 + MERGE_WINDOW_MS + 2, 'node:b:text'));
    expect(h.past).toHaveLength(3);
  });

  it('forgets what could be redone when a new change comes', () => {
    const [m0, m1, m2] = [titled('0'), titled('1'), titled('2')];
    const h = record(EMPTY_HISTORY, change(m0, m1, 0));
    const undone = undo(h);
    expect(undone?.history.future).toHaveLength(1);
    const after = undone && record(undone.history, change(m0, m2, 1));
    expect(after?.future).toHaveLength(0);
    expect(after && redo(after)).toBeNull();
  });

  it('keeps the newest steps when it grows past its limit', () => {
    let h = EMPTY_HISTORY;
    let previous = titled('start');
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      const next = titled(String(i));
      h = record(h, change(previous, next, i * 10_000));
      previous = next;
    }
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past.at(-1)?.after.map.title).toBe(String(HISTORY_LIMIT + 19));
  });
});
