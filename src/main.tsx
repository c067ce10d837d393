import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import './firstPicture/firstPicture.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import defaultMapFile from '../data/default-map.json';
import { App } from './app/App';
import { initialStateFromQuery, syncQueryToUrl } from './app/urlSync';
import { confirmFirstPicture } from './firstPicture/firstPicture';
import { followAppStore } from './firstPicture/followAppStore';
import { prepareParsing } from './formats/worker/parseOffThread';
import { startI18n } from './i18n/i18n';
import { toUiLanguage } from './i18n/resources';
import { loadBundledLayouts } from './layout/bundledLayout';
import { isDefaultView } from './layout/types';
import { prepareLayout } from './layout/worker/layoutOffThread';
import { createLibrary, idbStore, type Library, type LibraryRecord, newMapId } from './library';
import { LibraryContext } from './library/LibraryContext';
import type { ArgumentMap } from './model/types';
import { connectPresentation } from './present/presentChannel';
import { mapParam } from './share/fragment';
import { createAppStore } from './store/appStore';
import { keepSaved, takeUnsaved } from './store/keepSaved';
import {
  loadLayoutOptions,
  loadThemeChoice,
  saveLayoutOptions,
  saveThemeChoice,
} from './store/preferences';
import { pageStorage } from './store/storageKeys';
import { AppStoreContext } from './store/useAppStore';
import { SYSTEM_DARK, showPageTheme } from './theme/pageTheme';

const PresenterView = lazy(() =>
  import('./present/PresenterView').then((m) => ({ default: m.PresenterView })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Stored as parseMap returns it, checked by a test (bundledMap.test.ts): no checking at start.
void start(root, defaultMapFile as ArgumentMap);

async function start(root: HTMLElement, defaultMap: ArgumentMap) {
  // Blocked storage (cookies blocked) reads as none: the visit keeps nothing, but it runs.
  const storage = pageStorage();
  // The theme first, before anything waits: no light flash before a dark page.
  const theme = loadThemeChoice(storage);
  const showTheme = showPageTheme(document.documentElement, window.matchMedia(SYSTEM_DARK), theme);
  // The presenter's window (opened from the app) shows notes and drives this window.
  const presenter = new URLSearchParams(window.location.search).has('presenter');
  // The map of the last visit, if the user opened or changed one: never lose work.
  const kv = presenter ? null : idbStore();
  const library = kv ? createLibrary(kv) : null;
  const restored = library ? await lastOpened(library, storage) : null;
  const i18n = startI18n();
  const uiLanguage = () => toUiLanguage(i18n.resolvedLanguage);
  document.documentElement.lang = uiLanguage();
  const saved = { ...loadLayoutOptions(storage), language: uiLanguage() };
  // `?demo=big&n=2000`: a generated argument-like map of n nodes, to try the app at scale. It
  // is not saved unless edited, and the map of the last visit stays in the library.
  const demo = presenter ? null : await demoMap(window.location.search);
  const map = demo ?? restored?.map ?? defaultMap;
  // Its layout was made at build time: fetched now, it is in when the view asks for it.
  if (map === defaultMap) void loadBundledLayouts();
  const fromLink = initialStateFromQuery(map, window.location.search, saved);
  const store = createAppStore(map, fromLink.state.options, fromLink.state.filter);
  store.setState({
    theme,
    docId: demo ? null : (restored?.id ?? null),
    restored: restored && !demo ? { title: restored.map.title, savedAt: restored.updatedAt } : null,
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
  store.subscribe((s, prev) => {
    if (s.options !== prev.options) saveLayoutOptions(storage, s.options);
    if (s.theme !== prev.theme) {
      saveThemeChoice(storage, s.theme);
      showTheme(s.theme);
    }
  });
  // The build's picture of the default map (src/firstPicture) stays only over that very map,
  // and goes once the app has drawn it (FirstPictureHandover) or failed to.
  confirmFirstPicture(document, {
    defaultMap: map === defaultMap && !presenter,
    defaultView: isDefaultView(store.getState().options),
    lightTheme: document.documentElement.dataset.theme === 'light',
    language: uiLanguage(),
  });
  followAppStore(store, storage, !presenter && !demo);
  if (!library && !presenter) {
    // Private modes and locked-down browsers keep nothing: say so before any work is done.
    store.getState().showNotice(i18n.t('library.noStorage'), true);
  }
  if (library) {
    // A failed save (storage full, blocked): the map stays in memory; offer it as a file.
    const saver = keepSaved(store, library, (e) => store.getState().showNotice(e.message, true));
    // Leaving the page: keep the latest change now rather than after the usual pause.
    window.addEventListener('pagehide', () => {
      if (storage) saver.leave(storage);
    });
  }
  // A shared link carries a map: it joins the library as a new map, replacing nothing. A link
  // pasted into the open tab changes only the fragment, so that is watched as well.
  const openShared = async () => {
    // Most visits carry no map in the link: the reader of links loads only for one that does.
    if (mapParam(window.location.hash) === null) return;
    const { mapFromFragment } = await import('./share/shareLink');
    const shared = await mapFromFragment(window.location.hash);
    if (shared.kind === 'none') return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    if (shared.kind === 'bad') store.getState().showNotice(shared.message);
    else {
      const label = i18n.t('edit.did.open', { name: shared.map.title });
      store.getState().openMap(label, shared.map, newMapId());
    }
  };
  if (!presenter) {
    // Once the first map is drawn and the page idle, get opening files ready.
    const unsubscribe = store.subscribe((s) => {
      if (!s.laidOut || s.laidOut.sketch) return;
      unsubscribe();
      const prepare = () => {
        prepareParsing();
        prepareLayout();
      };
      if ('requestIdleCallback' in window) requestIdleCallback(prepare, { timeout: 5000 });
      else setTimeout(prepare, 1000);
    });
    void openShared();
    window.addEventListener('hashchange', () => void openShared());
  }
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <LibraryContext.Provider value={{ library, defaultMap }}>
          {presenter ? (
            <Suspense fallback={null}>
              <PresenterView />
            </Suspense>
          ) : (
            <App />
          )}
        </LibraryContext.Provider>
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}

/**
 * The map open when the user last left, if it is still in the library, with the change made
 * just before leaving (kept aside as the page closed) put back into the library first.
 */
async function lastOpened(
  library: Library,
  storage: Storage | undefined,
): Promise<LibraryRecord | null> {
  try {
    await library.migrateLegacy();
    const unsaved = storage ? await takeUnsaved(storage) : null;
    if (unsaved) {
      await library.save(unsaved.docId, unsaved.map);
      await library.setCurrentId(unsaved.docId);
    }
    const id = await library.currentId();
    return id ? await library.load(id) : null;
  } catch {
    return null;
  }
}

/** The demo map a link asks for (`demo=big`, `n` nodes, 10 to 10 000, 2000 by default). */
async function demoMap(search: string): Promise<ArgumentMap | null> {
  const query = new URLSearchParams(search);
  if (query.get('demo') !== 'big') return null;
  const asked = Number(query.get('n') ?? 2000);
  const nodes = Number.isFinite(asked) ? Math.min(10_000, Math.max(10, Math.round(asked))) : 2000;
  const { generateMap } = await import('./demo/generateMap');
  return generateMap({ nodes, seed: 1 });
}
