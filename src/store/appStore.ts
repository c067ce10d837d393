import { create } from 'zustand';
import { NO_FILTER, type ViewFilter, type VisibleMap } from '../explore/visibleMap';
import type { MapLayout } from '../layout/types';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../layout/types';
import type { ArgumentMap, MapIssue, Tour } from '../model/types';

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
}

export interface AppState {
  map: ArgumentMap;
  options: LayoutOptions;
  /** What is folded away or filtered out: the layout draws `visibleMap(map, filter)`. */
  filter: ViewFilter;
  laidOut: LaidOut | null;
  layoutError: string | null;
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
  restored: { title: string; savedAt: number; defaultMap: ArgumentMap } | null;
}

/** Where a presentation stands: the same in the audience and the presenter window. */
export interface Presentation {
  tourId: string;
  /** 0-based index of the step shown; its nodes and all earlier steps' are revealed. */
  step: number;
  /** The screen is blanked (B): the class looks at the teacher, not the map. */
  blank: boolean;
}

export interface AppActions {
  loadMap(map: ArgumentMap): void;
  rejectFile(file: RejectedFile): void;
  dismissRejected(): void;
  setLaidOut(laidOut: LaidOut): void;
  setLayoutError(message: string): void;
  selectNode(id: string | null): void;
  selectRelation(id: string | null): void;
  clearSelection(): void;
  hoverNode(id: string | null): void;
  centerOn(id: string): void;
  toggleTextPanel(): void;
  setLinkLanguage(language: 'en' | 'de' | null): void;
  setOptions(change: Partial<LayoutOptions>): void;
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

export function createAppStore(
  map: ArgumentMap,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  filter: ViewFilter = NO_FILTER,
) {
  return create<AppStore>((set) => ({
    map,
    options,
    filter,
    laidOut: null,
    layoutError: null,
    selectedNodeId: null,
    selectedRelationId: null,
    hoveredNodeId: null,
    centerRequest: null,
    textPanelOpen: false,
    linkLanguage: null,
    rejected: null,
    presentation: null,
    restored: null,
    loadMap: (next) =>
      set({
        map: next,
        filter: NO_FILTER,
        laidOut: null,
        selectedNodeId: null,
        selectedRelationId: null,
        rejected: null,
        restored: null,
      }),
    rejectFile: (rejected) => set({ rejected }),
    dismissRejected: () => set({ rejected: null }),
    setLaidOut: (laidOut) => set({ laidOut, layoutError: null }),
    setLayoutError: (layoutError) => set({ layoutError }),
    selectNode: (selectedNodeId) => set({ selectedNodeId, selectedRelationId: null }),
    selectRelation: (selectedRelationId) => set({ selectedRelationId, selectedNodeId: null }),
    clearSelection: () => set({ selectedNodeId: null, selectedRelationId: null }),
    hoverNode: (hoveredNodeId) => set({ hoveredNodeId }),
    centerOn: (nodeId) =>
      set((s) => ({ centerRequest: { nodeId, seq: (s.centerRequest?.seq ?? 0) + 1 } })),
    toggleTextPanel: () => set((s) => ({ textPanelOpen: !s.textPanelOpen })),
    setLinkLanguage: (linkLanguage) => set({ linkLanguage }),
    setOptions: (change) => set((s) => ({ options: { ...s.options, ...change } })),
    setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
    toggleCollapsed: (nodeId) =>
      set((s) => ({ filter: { ...s.filter, collapsed: toggle(s.filter.collapsed, nodeId) } })),
    setTour: (tour) =>
      set((s) => {
        const tours = s.map.tours ?? [];
        const at = tours.findIndex((t) => t.id === tour.id);
        const next = at < 0 ? [tour, ...tours] : tours.map((t, i) => (i === at ? tour : t));
        return { map: { ...s.map, tours: next } };
      }),
    startPresentation: (tourId, step = 0) =>
      set({ presentation: { tourId, step: Math.max(0, step), blank: false } }),
    stopPresentation: () => set({ presentation: null }),
    showStep: (step) =>
      set((s) =>
        s.presentation ? { presentation: { ...s.presentation, step, blank: false } } : {},
      ),
    toggleBlank: () =>
      set((s) =>
        s.presentation ? { presentation: { ...s.presentation, blank: !s.presentation.blank } } : {},
      ),
    syncPresentation: (presentation) => set({ presentation }),
    dismissRestored: () => set({ restored: null }),
    toggleGroupCollapsed: (groupId) =>
      set((s) => ({
        filter: { ...s.filter, collapsedGroups: toggle(s.filter.collapsedGroups, groupId) },
      })),
  }));
}
