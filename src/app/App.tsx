import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapCanvas } from '../canvas/MapCanvas';
import { OutlinePanel } from '../outline/OutlinePanel';
import { PresentationView } from '../present/PresentationView';
import { PresentButtons } from '../present/PresentButtons';
import { SearchBox } from '../search/SearchBox';
import { SourceTextPanel } from '../source-text/SourceTextPanel';
import { useAppStoreApi } from '../store/useAppStore';
import { TourPanel } from '../tour-editor/TourPanel';
import { DetailsPanel } from './DetailsPanel';
import { ExportDialog } from './ExportDialog';
import { FilterMenu } from './FilterMenu';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Legend } from './Legend';
import { OpenMapButton } from './OpenMapButton';
import { RejectedFilePanel } from './RejectedFilePanel';
import { ShortcutSheet } from './ShortcutSheet';
import { isTypingTarget } from './typingTarget';
import { ViewControls } from './ViewControls';

export function App() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const title = store((s) => s.map.title);
  const textPanelOpen = store((s) => s.textPanelOpen);
  const presenting = store((s) => s.presentation !== null);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const [tourOpen, setTourOpen] = useState(false);
  useEffect(() => {
    // Esc clears the selection wherever focus is, unless a field is being edited.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !isTypingTarget(e.target)) {
        store.getState().clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    store.getState().stopPresentation();
  }, [store]);
  if (presenting) {
    return (
      <ReactFlowProvider>
        <PresentationView onExit={leave} />
      </ReactFlowProvider>
    );
  }
  return (
    <ReactFlowProvider>
      <div className="am-app">
        <header className="am-toolbar">
          <h1>{title}</h1>
          <SearchBox />
          <ViewControls />
          <LanguageSwitcher />
          <FilterMenu />
          <button
            type="button"
            className="am-button"
            aria-pressed={textPanelOpen}
            onClick={() => store.getState().toggleTextPanel()}
          >
            {t('app.sourceText')}
          </button>
          <button
            type="button"
            className="am-button"
            aria-pressed={outlineOpen}
            onClick={() => setOutlineOpen((o) => !o)}
          >
            {t('app.outline')}
          </button>
          <button
            type="button"
            className="am-button"
            aria-pressed={tourOpen}
            onClick={() => setTourOpen((o) => !o)}
          >
            {t('tourEditor.open')}
          </button>
          <OpenMapButton />
          <ExportDialog />
          <PresentButtons />
        </header>
        <main className="am-main">
          {textPanelOpen && <SourceTextPanel />}
          <div className="am-stage">
            <MapCanvas />
            <RejectedFilePanel />
          </div>
          {outlineOpen && <OutlinePanel />}
          {tourOpen && <TourPanel />}
          <DetailsPanel />
        </main>
        <Legend />
        <ShortcutSheet />
      </div>
    </ReactFlowProvider>
  );
}
