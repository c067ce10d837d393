import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import defaultMapFile from '../data/default-map.json';
import { App } from './app/App';
import { parseMap } from './model/parseMap';
import { formatIssue } from './model/types';
import { createAppStore } from './store/appStore';
import { loadLayoutOptions, saveLayoutOptions } from './store/preferences';
import { AppStoreContext } from './store/useAppStore';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const parsed = parseMap(defaultMapFile);
if (parsed.ok) {
  const store = createAppStore(parsed.map, loadLayoutOptions(window.localStorage));
  store.subscribe((s, prev) => {
    if (s.options !== prev.options) saveLayoutOptions(window.localStorage, s.options);
  });
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
} else {
  // The bundled map is checked by tests; this is the last line of defence, not a normal path.
  root.textContent = `The default map is invalid: ${parsed.issues.map(formatIssue).join('; ')}`;
}
