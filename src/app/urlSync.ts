import {
  DEFAULT_VIEW_STATE,
  type ViewState,
  viewStateFromQuery,
  viewStateToQuery,
} from '../explore/urlState';
import type { LayoutOptions } from '../layout/types';
import type { ArgumentMap } from '../model/types';
import type { AppState } from '../store/appStore';
import type { AppStoreApi } from '../store/useAppStore';

/** The part of the app's state a link carries. */
export function viewStateOf(s: AppState): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    ...s.filter,
    selected: s.selectedNodeId ?? s.selectedRelationId,
    uiLanguage: s.linkLanguage,
    labels: s.options.labels,
    direction: s.options.direction,
    density: s.options.density,
    presenting: s.presentation ? { tour: s.presentation.tourId, step: s.presentation.step } : null,
  };
}

/** Store state to start from, given a link's query: the link wins over saved preferences. */
export function initialStateFromQuery(
  map: ArgumentMap,
  query: string,
  saved: LayoutOptions,
): { state: Partial<AppState>; problems: string[] } {
  const { state: v, problems } = viewStateFromQuery(query, map);
  const params = new URLSearchParams(query);
  const isNode = map.nodes.some((n) => n.id === v.selected);
  return {
    problems,
    state: {
      options: {
        direction: params.has('dir') ? v.direction : saved.direction,
        density: params.has('density') ? v.density : saved.density,
        labels: params.has('labels') ? v.labels : saved.labels,
        language: saved.language,
      },
      filter: {
        collapsed: v.collapsed,
        collapsedGroups: v.collapsedGroups,
        hiddenKinds: v.hiddenKinds,
        hideImplicit: v.hideImplicit,
        hiddenRelationKinds: v.hiddenRelationKinds,
        hiddenGroups: v.hiddenGroups,
      },
      selectedNodeId: isNode ? v.selected : null,
      selectedRelationId: !isNode ? v.selected : null,
      linkLanguage: v.uiLanguage,
      presentation: v.presenting
        ? { tourId: v.presenting.tour, step: v.presenting.step, blank: false }
        : null,
    },
  };
}

/** Keeps the address bar's query in step with the view, so a copied link opens the same view. */
export function syncQueryToUrl(
  store: AppStoreApi,
  history: History,
  location: Location,
): () => void {
  return store.subscribe((s) => {
    const query = viewStateToQuery(viewStateOf(s));
    const next = query ? `?${query}` : location.pathname;
    if (`?${query}` !== location.search && !(query === '' && location.search === '')) {
      history.replaceState(history.state, '', next + location.hash);
    }
  });
}
