import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import defaultMapFile from '../data/default-map.json';
import { App } from './app/App';
import { initialStateFromQuery, syncQueryToUrl } from './app/urlSync';
import { startI18n } from './i18n/i18n';
import { toUiLanguage } from './i18n/resources';
import { parseMap } from './model/parseMap';
import { type ArgumentMap, formatIssue } from './model/types';
import { connectPresentation } from './present/presentChannel';
import { createAppStore } from './store/appStore';
import { forgetCurrentMap, loadCurrentMap, saveCurrentMap } from './store/autosave';
import { loadLayoutOptions, saveLayoutOptions } from './store/preferences';
import { saveTours, withSavedTours } from './store/savedTours';
import { AppStoreContext } from './store/useAppStore';

const PresenterView = lazy(() =>
  import('./present/PresenterView').then((m) => ({ default: m.PresenterView })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const parsed = parseMap(defaultMapFile);
if (parsed.ok) void start(root, parsed.map);
else {
  // The bundled map is checked by tests; this is the last line of defence, not a normal path.
  root.textContent = `The default map is invalid: ${parsed.issues.map(formatIssue).join('; ')}`;
}

async function start(root: HTMLElement, defaultMap: ArgumentMap) {
  // The presenter's window (opened from the app) shows notes and drives this window.
  const presenter = new URLSearchParams(window.location.search).has('presenter');
  // The map of the last visit, if the user opened or changed one: never lose work.
  const restored = presenter ? null : await loadCurrentMap();
  const i18n = startI18n();
  const uiLanguage = () => toUiLanguage(i18n.resolvedLanguage);
  document.documentElement.lang = uiLanguage();
  const saved = { ...loadLayoutOptions(window.localStorage), language: uiLanguage() };
  // Tours edited on an earlier visit come back with their map.
  const map = withSavedTours(window.localStorage, restored?.map ?? defaultMap);
  const fromLink = initialStateFromQuery(map, window.location.search, saved);
  const store = createAppStore(map, fromLink.state.options, fromLink.state.filter);
  store.setState({
    restored: restored
      ? { title: restored.map.title, savedAt: restored.savedAt, defaultMap }
      : null,
    selectedNodeId: fromLink.state.selectedNodeId ?? null,
    selectedRelationId: fromLink.state.selectedRelationId ?? null,
    linkLanguage: fromLink.state.linkLanguage ?? null,
    presentation: fromLink.state.presentation ?? null,
  });
  connectPresentation(store, presenter ? 'presenter' : 'audience');
  // A link naming things this map lacks still opens; say what was left out.
  for (const problem of fromLink.problems) console.warn(`link: ${problem}`);
  if (!presenter) syncQueryToUrl(store, window.history, window.location);
  // Node headers are words in the interface language: a new language is a new layout.
  i18n.on('languageChanged', () => {
    document.documentElement.lang = uiLanguage();
    store.getState().setOptions({ language: uiLanguage() });
  });
  let saving: number | undefined;
  store.subscribe((s, prev) => {
    if (s.options !== prev.options) saveLayoutOptions(window.localStorage, s.options);
    if (s.map === prev.map) return;
    if (!presenter) {
      // Each change is kept a moment after it settles; typing does not write on every key.
      window.clearTimeout(saving);
      saving = window.setTimeout(() => {
        const current = store.getState().map;
        // The bundled map is always there: keeping a copy would only hide a newer version.
        void (current === defaultMap ? forgetCurrentMap() : saveCurrentMap(current));
      }, 300);
    }
    if (s.map.nodes === prev.map.nodes) saveTours(window.localStorage, s.map);
    else {
      // Another map was opened: its tours as last edited here, if they were.
      const withTours = withSavedTours(window.localStorage, s.map);
      if (withTours !== s.map) store.setState({ map: withTours });
    }
  });
  // Leaving the page: keep the latest change now rather than after the usual pause.
  window.addEventListener('pagehide', () => {
    if (presenter || saving === undefined) return;
    window.clearTimeout(saving);
    const current = store.getState().map;
    if (current !== defaultMap) void saveCurrentMap(current);
  });
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        {presenter ? (
          <Suspense fallback={null}>
            <PresenterView />
          </Suspense>
        ) : (
          <App />
        )}
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}
