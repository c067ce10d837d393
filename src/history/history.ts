import type { ArgumentMap } from '../model/types';

/**
 * One undo history for every change the user makes, on the canvas, in a panel, in the Argdown
 * editor or by opening a file: each entry keeps the map before and after (maps are immutable, so
 * an entry shares all unchanged parts with its neighbours and costs little).
 */

/** Which map was open and what it held; `docId` null is the bundled default map. */
export interface Snapshot {
  docId: string | null;
  map: ArgumentMap;
  /** The Argdown text the map was read from, when the change came from the editor. */
  argdown?: string;
}

export interface HistoryEntry {
  /** What the change did, for a tooltip ("Undo: delete claim"). */
  label: string;
  before: Snapshot;
  after: Snapshot;
  /** Changes with the same key in quick succession (typing) are one step. */
  mergeKey?: string;
  /** When the entry last changed, ms. */
  at: number;
  /** Another map was opened (not the open one edited): undo and redo give a fresh view. */
  opened?: boolean;
  /** Work outside the map (a map deleted from the library) undone and redone with it. */
  sideEffect?: { undo(): void; redo(): void };
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Enough for a long session; the oldest steps go first. */
export const HISTORY_LIMIT = 300;
/** Keystrokes closer than this are one undo step. */
export const MERGE_WINDOW_MS = 1500;

/** Adds a change; a new change clears what could be redone. */
export function record(history: History, entry: HistoryEntry): History {
  const last = history.past.at(-1);
  if (
    last &&
    entry.mergeKey !== undefined &&
    last.mergeKey === entry.mergeKey &&
    last.after.docId === entry.before.docId &&
    last.after.map === entry.before.map &&
    entry.at - last.at <= MERGE_WINDOW_MS
  ) {
    const merged = { ...last, after: entry.after, at: entry.at };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
}

/** Steps back: the entry undone and the history after it; null when there is nothing to undo. */
export function undo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    entry,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function redo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    entry,
    history: { past: [...history.past, entry], future: history.future.slice(1) },
  };
}
