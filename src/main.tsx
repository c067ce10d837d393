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
import { formatIssue } from './model/types';
import { connectPresentation } from './present/presentChannel';
import { createAppStore } from './store/appStore';
import { loadLayoutOptions, saveLayoutOptions } from './store/preferences';
import { saveTours, withSavedTours } from './store/savedTours';
import { AppStoreContext } from './store/useAppStore';

const PresenterView = lazy(() =>
  import('./present/PresenterView').then((m) => ({ default: m.PresenterView })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const parsed = parseMap(defaultMapFile);
if (parsed.ok) {
  const i18n = startI18n();
  const uiLanguage = () => toUiLanguage(i18n.resolvedLanguage);
  document.documentElement.lang = uiLanguage();
  const saved = { ...loadLayoutOptions(window.localStorage), language: uiLanguage() };
  const fromLink = initialStateFromQuery(parsed.map, window.location.search, saved);
  // Tours edited on an earlier visit come back with their map.
  const map = withSavedTours(window.localStorage, parsed.map);
  const store = createAppStore(map, fromLink.state.options, fromLink.state.filter);
  store.setState({
    selectedNodeId: fromLink.state.selectedNodeId ?? null,
    selectedRelationId: fromLink.state.selectedRelationId ?? null,
    linkLanguage: fromLink.state.linkLanguage ?? null,
    presentation: fromLink.state.presentation ?? null,
  });
  // The presenter's window (opened from the app) shows notes and drives this window.
  const presenter = new URLSearchParams(window.location.search).has('presenter');
  connectPresentation(store, presenter ? 'presenter' : 'audience');
  // A link naming things this map lacks still opens; say what was left out.
  for (const problem of fromLink.problems) console.warn(`link: ${problem}`);
  if (!presenter) syncQueryToUrl(store, window.history, window.location);
  // Node headers are words in the interface language: a new language is a new layout.
  i18n.on('languageChanged', () => {
    document.documentElement.lang = uiLanguage();
    store.getState().setOptions({ language: uiLanguage() });
  });
  store.subscribe((s, prev) => {
    if (s.options !== prev.options) saveLayoutOptions(window.localStorage, s.options);
    if (s.map === prev.map) return;
    if (s.map.nodes === prev.map.nodes) saveTours(window.localStorage, s.map);
    else {
      // Another map was opened: its tours as last edited here, if they were.
      const restored = withSavedTours(window.localStorage, s.map);
      if (restored !== s.map) store.setState({ map: restored });
    }
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
} else {
  // The bundled map is checked by tests; this is the last line of defence, not a normal path.
  root.textContent = `The default map is invalid: ${parsed.issues.map(formatIssue).join('; ')}`;
}
