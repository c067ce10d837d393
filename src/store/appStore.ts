import { create } from 'zustand';
import { NO_FILTER, type ViewFilter, type VisibleMap } from '../explore/visibleMap';
import * as history from '../history/history';
import { EMPTY_HISTORY, type History, type HistoryEntry, type Snapshot } from '../history/history';
import type { MapLayout } from '../layout/types';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../layout/types';
import { newMapId } from '../library';
import type { ArgumentMap, MapIssue, Tour } from '../model/types';
import { DEFAULT_THEME_CHOICE, type ThemeChoice } from '../theme/themeChoice';

/** A map file the app refused, with every problem found; the map on screen stays as it was. */
/** A file's problems: why it was refused, or (`opened`) what an import left out or guessed. */
export interface RejectedFile {
  name: string;
  issues: MapIssue[];
  opened?: boolean;
}

/** A layout and the derived map (filters and collapses applied) it was computed for. */
export interface LaidOut {
  visible: VisibleMap;
  layout: MapLayout;
  /** The map and options this layout was made from. */
  map: ArgumentMap;
  options: LayoutOptions;
  /** The `viewEpoch` it was made in: the same map, edited since, or another one. */
  epoch: number;
  /** A quick sketch of a big map, shown until ELK's layout of it arrives. */
  sketch?: boolean;
}

export interface AppState {
  map: ArgumentMap;
  /** The open map's id in the user's library; null for the bundled default map, unchanged. */
  docId: string | null;
  /** The Argdown text `map` was read from, when it came from the editor; else null. */
  argdown: string | null;
  /** Every change, undoable: edits, opened files, a new map. */
  history: History;
  /** Counts the maps opened: an edit keeps the view, another map gets a fresh one. */
  viewEpoch: number;
  /** The node whose text is being edited in place on the canvas. */
  editingNodeId: string | null;
  /** A short message about the last action (an edit refused, a save failed). */
  notice: { text: string; seq: number; offerSave?: boolean } | null;
  options: LayoutOptions;
  /** Light, dark or the system's colours: a view choice that needs no new layout. */
  theme: ThemeChoice;
  /** What is folded away or filtered out: the layout draws `visibleMap(map, filter)`. */
  filter: ViewFilter;
  laidOut: LaidOut | null;
  layoutError: string | null;
  /** A layout is being made in the worker: since when, for how many boxes. */
  layoutPending: { since: number; boxes: number } | null;
  /** Raised to lay out again (after a failure or a cancel). */
  layoutAttempt: number;
  selectedNodeId: string | null;
  /** A selected arrow (relation); exclusive with a selected node. */
  selectedRelationId: string | null;
  /** A node the user points at (in the text panel): marked, not selected. */
  hoveredNodeId: string | null;
  /** Asks the canvas to bring a node into view; `seq` makes a repeated request count. */
  centerRequest: { nodeId: string; seq: number } | null;
  textPanelOpen: boolean;
  /** The interface language a link should carry: set by `?lang=` or by choosing one; else null. */
  linkLanguage: 'en' | 'de' | null;
  rejected: RejectedFile | null;
  /** Presenting a tour, one step at a time; null in the ordinary view. */
  presentation: Presentation | null;
  /** The map came back from the last visit (autosave); the default map stays a click away. */
  restored: { title: string; savedAt: number } | null;
}

/** Where a presentation stands: the same in the audience and the presenter window. */
export interface Presentation {
  tourId: string;
  /** 0-based index of the step shown; its nodes and all earlier steps' are revealed. */
  step: number;
  /** The screen is blanked (B): the class looks at the teacher, not the map. */
  blank: boolean;
}

/** How a change is recorded. */
export interface EditOptions {
  /** Quick changes with the same key are one undo step (typing in one field). */
  mergeKey?: string;
  /** The editor text the new map was read from. */
  argdown?: string;
  /** Work outside the map (the library) done and undone with the change. */
  sideEffect?: HistoryEntry['sideEffect'];
}

export interface AppActions {
  /** Replaces the map without a history entry: another window's copy (presenter). */
  loadMap(map: ArgumentMap): void;
  /** Changes the open map, undoably; the same map object is no change. */
  edit(label: string, map: ArgumentMap, options?: EditOptions): void;
  /** Opens another map (a file, a library entry, a new map), undoably. */
  openMap(label: string, map: ArgumentMap, docId: string | null, options?: EditOptions): void;
  undo(): void;
  redo(): void;
  /** Opens a node's text for editing in place, or closes the editor (null). */
  editNodeText(id: string | null): void;
  /** A passing message; `offerSave` adds a button that saves the map as a file. */
  showNotice(text: string, offerSave?: boolean): void;
  dismissNotice(): void;
  rejectFile(file: RejectedFile): void;
  dismissRejected(): void;
  setLaidOut(laidOut: LaidOut): void;
  /** Shows a sketch while its layout is still being made (the progress stays). */
  showSketch(sketch: LaidOut): void;
  /** The layout failed, timed out or was cancelled; a layout on screen stays there. */
  setLayoutError(message: string): void;
  setLayoutPending(pending: AppState['layoutPending']): void;
  retryLayout(): void;
  selectNode(id: string | null): void;
  selectRelation(id: string | null): void;
  clearSelection(): void;
  hoverNode(id: string | null): void;
  centerOn(id: string): void;
  toggleTextPanel(): void;
  setLinkLanguage(language: 'en' | 'de' | null): void;
  setOptions(change: Partial<LayoutOptions>): void;
  setTheme(theme: ThemeChoice): void;
  setFilter(change: Partial<ViewFilter>): void;
  /** Folds a node's reasons away, or unfolds them. */
  toggleCollapsed(nodeId: string): void;
  /** Draws a group as one box, or opens it again. */
  toggleGroupCollapsed(groupId: string): void;
  /** Puts an edited tour into the map, in place of the tour with its id (or first). */
  setTour(tour: Tour): void;
  startPresentation(tourId: string, step?: number): void;
  stopPresentation(): void;
  /** Shows step `step` (the caller keeps it within the tour) and unblanks. */
  showStep(step: number): void;
  toggleBlank(): void;
  /** Takes a presentation state from the other window as it is. */
  syncPresentation(presentation: Presentation | null): void;
  dismissRestored(): void;
}

export type AppStore = AppState & AppActions;

/** The single source of truth; React Flow only draws what is derived from it. */
const toggle = (list: string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/** What changes when another map is opened: nothing of the last map's view carries over. */
const freshView = (s: AppState) =>
  ({
    filter: NO_FILTER,
    laidOut: null,
    selectedNodeId: null,
    selectedRelationId: null,
    editingNodeId: null,
    rejected: null,
    restored: null,
    viewEpoch: s.viewEpoch + 1,
  }) satisfies Partial<AppState>;

export function createAppStore(
  map: ArgumentMap,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  filter: ViewFilter = NO_FILTER,
  newDocId: () => string = newMapId,
) {
  return create<AppStore>((set, get) => {
    /** Shows a snapshot: the same map edited, or (`opened`) another map with a fresh view. */
    const show = (to: Snapshot, opened: boolean) => {
      const s = get();
      if (opened) {
        set({ ...freshView(s), map: to.map, docId: to.docId, argdown: to.argdown ?? null });
        return;
      }
      const ids = new Set(to.map.nodes.map((n) => n.id));
      const relations = new Set(to.map.relations.map((r) => r.id));
      set({
        docId: to.docId,
        map: to.map,
        argdown: to.argdown ?? null,
        selectedNodeId: s.selectedNodeId && ids.has(s.selectedNodeId) ? s.selectedNodeId : null,
        selectedRelationId:
          s.selectedRelationId && relations.has(s.selectedRelationId) ? s.selectedRelationId : null,
        editingNodeId: s.editingNodeId && ids.has(s.editingNodeId) ? s.editingNodeId : null,
      });
    };
    const change = (label: string, to: Snapshot, opened: boolean, options: EditOptions = {}) => {
      const s = get();
      const before: Snapshot = { docId: s.docId, map: s.map, argdown: s.argdown ?? undefined };
      const entry: HistoryEntry = {
        label,
        before,
        after: to,
        at: Date.now(),
        mergeKey: options.mergeKey,
        sideEffect: options.sideEffect,
        opened,
      };
      set({ history: history.record(s.history, entry) });
      show(to, opened);
    };
    return {
      map,
      docId: null,
      argdown: null,
      history: EMPTY_HISTORY,
      viewEpoch: 0,
      editingNodeId: null,
      notice: null,
      showNotice: (text, offerSave) =>
        set((s) => ({ notice: { text, seq: (s.notice?.seq ?? 0) + 1, offerSave } })),
      dismissNotice: () => set({ notice: null }),
      options,
      theme: DEFAULT_THEME_CHOICE,
      filter,
      laidOut: null,
      layoutError: null,
      layoutPending: null,
      layoutAttempt: 0,
      selectedNodeId: null,
      selectedRelationId: null,
      hoveredNodeId: null,
      centerRequest: null,
      textPanelOpen: false,
      linkLanguage: null,
      rejected: null,
      presentation: null,
      restored: null,
      loadMap: (next) => set((s) => ({ ...freshView(s), map: next, argdown: null })),
      editNodeText: (editingNodeId) => set({ editingNodeId }),
      edit: (label, next, options = {}) => {
        const s = get();
        if (next === s.map) return;
        // The default map is never overwritten: its first change makes the user's own copy.
        const docId = s.docId ?? newDocId();
        change(label, { docId, map: next, argdown: options.argdown }, false, options);
      },
      openMap: (label, next, docId, options = {}) =>
        change(label, { docId, map: next, argdown: options.argdown }, true, options),
      undo: () => {
        const step = history.undo(get().history);
        if (!step) return;
        set({ history: step.history });
        step.entry.sideEffect?.undo();
        show(step.entry.before, step.entry.opened ?? false);
      },
      redo: () => {
        const step = history.redo(get().history);
        if (!step) return;
        set({ history: step.history });
        step.entry.sideEffect?.redo();
        show(step.entry.after, step.entry.opened ?? false);
      },
      rejectFile: (rejected) => set({ rejected }),
      dismissRejected: () => set({ rejected: null }),
      setLaidOut: (laidOut) => set({ laidOut, layoutError: null, layoutPending: null }),
      showSketch: (sketch) => set({ laidOut: { ...sketch, sketch: true }, layoutError: null }),
      setLayoutError: (layoutError) => set({ layoutError, layoutPending: null }),
      setLayoutPending: (layoutPending) => set({ layoutPending }),
      retryLayout: () =>
        set((s) => ({
          layoutError: null,
          layoutPending: null,
          layoutAttempt: s.layoutAttempt + 1,
        })),
      selectNode: (selectedNodeId) => set({ selectedNodeId, selectedRelationId: null }),
      selectRelation: (selectedRelationId) => set({ selectedRelationId, selectedNodeId: null }),
      clearSelection: () => set({ selectedNodeId: null, selectedRelationId: null }),
      hoverNode: (hoveredNodeId) => set({ hoveredNodeId }),
      centerOn: (nodeId) =>
        set((s) => ({ centerRequest: { nodeId, seq: (s.centerRequest?.seq ?? 0) + 1 } })),
      toggleTextPanel: () => set((s) => ({ textPanelOpen: !s.textPanelOpen })),
      setLinkLanguage: (linkLanguage) => set({ linkLanguage }),
      setOptions: (change) => set((s) => ({ options: { ...s.options, ...change } })),
      setTheme: (theme) => set({ theme }),
      setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
      toggleCollapsed: (nodeId) =>
        set((s) => ({ filter: { ...s.filter, collapsed: toggle(s.filter.collapsed, nodeId) } })),
      setTour: (tour) => {
        const s = get();
        const tours = s.map.tours ?? [];
        const at = tours.findIndex((t) => t.id === tour.id);
        const next = at < 0 ? [tour, ...tours] : tours.map((t, i) => (i === at ? tour : t));
        get().edit('edit tour', { ...s.map, tours: next }, { mergeKey: `tour:${tour.id}` });
      },
      startPresentation: (tourId, step = 0) =>
        set({ presentation: { tourId, step: Math.max(0, step), blank: false } }),
      stopPresentation: () => set({ presentation: null }),
      showStep: (step) =>
        set((s) =>
          s.presentation ? { presentation: { ...s.presentation, step, blank: false } } : {},
        ),
      toggleBlank: () =>
        set((s) =>
          s.presentation
            ? { presentation: { ...s.presentation, blank: !s.presentation.blank } }
            : {},
        ),
      syncPresentation: (presentation) => set({ presentation }),
      dismissRestored: () => set({ restored: null }),
      toggleGroupCollapsed: (groupId) =>
        set((s) => ({
          filter: { ...s.filter, collapsedGroups: toggle(s.filter.collapsedGroups, groupId) },
        })),
    };
  });
}
