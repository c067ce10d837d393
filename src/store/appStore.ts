import { create } from 'zustand';
import type { MapLayout } from '../layout/types';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../layout/types';
import type { ArgumentMap, MapIssue } from '../model/types';

/** A map file the app refused, with every problem found; the map on screen stays as it was. */
export interface RejectedFile {
  name: string;
  issues: MapIssue[];
}

export interface AppState {
  map: ArgumentMap;
  options: LayoutOptions;
  layout: MapLayout | null;
  layoutError: string | null;
  selectedNodeId: string | null;
  /** A selected arrow (relation); exclusive with a selected node. */
  selectedRelationId: string | null;
  /** A node the user points at (in the text panel): marked, not selected. */
  hoveredNodeId: string | null;
  /** Asks the canvas to bring a node into view; `seq` makes a repeated request count. */
  centerRequest: { nodeId: string; seq: number } | null;
  textPanelOpen: boolean;
  rejected: RejectedFile | null;
}

export interface AppActions {
  loadMap(map: ArgumentMap): void;
  rejectFile(file: RejectedFile): void;
  dismissRejected(): void;
  setLayout(layout: MapLayout): void;
  setLayoutError(message: string): void;
  selectNode(id: string | null): void;
  selectRelation(id: string | null): void;
  clearSelection(): void;
  hoverNode(id: string | null): void;
  centerOn(id: string): void;
  toggleTextPanel(): void;
  setOptions(change: Partial<LayoutOptions>): void;
}

export type AppStore = AppState & AppActions;

/** The single source of truth; React Flow only draws what is derived from it. */
export function createAppStore(map: ArgumentMap, options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS) {
  return create<AppStore>((set) => ({
    map,
    options,
    layout: null,
    layoutError: null,
    selectedNodeId: null,
    selectedRelationId: null,
    hoveredNodeId: null,
    centerRequest: null,
    textPanelOpen: false,
    rejected: null,
    loadMap: (next) =>
      set({
        map: next,
        layout: null,
        selectedNodeId: null,
        selectedRelationId: null,
        rejected: null,
      }),
    rejectFile: (rejected) => set({ rejected }),
    dismissRejected: () => set({ rejected: null }),
    setLayout: (layout) => set({ layout, layoutError: null }),
    setLayoutError: (layoutError) => set({ layoutError }),
    selectNode: (selectedNodeId) => set({ selectedNodeId, selectedRelationId: null }),
    selectRelation: (selectedRelationId) => set({ selectedRelationId, selectedNodeId: null }),
    clearSelection: () => set({ selectedNodeId: null, selectedRelationId: null }),
    hoverNode: (hoveredNodeId) => set({ hoveredNodeId }),
    centerOn: (nodeId) =>
      set((s) => ({ centerRequest: { nodeId, seq: (s.centerRequest?.seq ?? 0) + 1 } })),
    toggleTextPanel: () => set((s) => ({ textPanelOpen: !s.textPanelOpen })),
    setOptions: (change) => set((s) => ({ options: { ...s.options, ...change } })),
  }));
}
