import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapCanvas } from '../canvas/MapCanvas';
import { AddClaimButton } from '../editing/AddClaimButton';
import { focusNode } from '../editing/focusNode';
import { UndoButtons } from '../editing/UndoButtons';
import { useEditKeys } from '../editing/useEditKeys';
import { LibraryDialog } from '../library/LibraryDialog';
import { PresentButton } from '../present/PresentButton';
import { SearchBox } from '../search/SearchBox';
import { useAppStoreApi } from '../store/useAppStore';
import { DetailsPanel } from './DetailsPanel';
import { ExportDialog } from './ExportDialog';
import { FilterMenu } from './FilterMenu';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Legend } from './Legend';
import { NoticeBar } from './NoticeBar';
import { FileDrop } from './OpenMapButton';
import { PanelBoundary } from './PanelBoundary';
import { RejectedFilePanel } from './RejectedFilePanel';
import { RestoredNotice } from './RestoredNotice';
import { ShortcutSheet } from './ShortcutSheet';
import { isTypingTarget } from './typingTarget';

// Loaded when first used: most visits neither present, edit a tour nor open the text or outline.
const PresentationView = lazy(() =>
  import('../present/PresentationView').then((m) => ({ default: m.PresentationView })),
);
const ArgdownPanel = lazy(() =>
  import('../argdown-editor/ArgdownPanel').then((m) => ({ default: m.ArgdownPanel })),
);
const TourPanel = lazy(() =>
  import('../tour-editor/TourPanel').then((m) => ({ default: m.TourPanel })),
);
const SourceTextPanel = lazy(() =>
  import('../source-text/SourceTextPanel').then((m) => ({ default: m.SourceTextPanel })),
);
const OutlinePanel = lazy(() =>
  import('../outline/OutlinePanel').then((m) => ({ default: m.OutlinePanel })),
);

export function App() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const title = store((s) => s.map.title);
  const textPanelOpen = store((s) => s.textPanelOpen);
  const presenting = store((s) => s.presentation !== null);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const [tourOpen, setTourOpen] = useState(false);
  const [argdownOpen, setArgdownOpen] = useState(false);
  useEditKeys(store);
  useEffect(() => {
    // Esc clears the selection wherever focus is, unless a field is being edited.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !isTypingTarget(e.target)) {
        const box = store.getState().selectedNodeId;
        const inDetails = e.target instanceof Element && e.target.closest('.am-details') !== null;
        store.getState().clearSelection();
        // As from a dialog: focus goes back to the box the closed details were about.
        if (box && inDetails) focusNode(box);
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
        <Suspense fallback={null}>
          <PresentationView onExit={leave} />
        </Suspense>
      </ReactFlowProvider>
    );
  }
  return (
    <ReactFlowProvider>
      <div className="am-app">
        <header className="am-toolbar">
          <h1>{title}</h1>
          <UndoButtons />
          <AddClaimButton />
          <SearchBox />
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
            aria-pressed={argdownOpen}
            onClick={() => setArgdownOpen((o) => !o)}
          >
            {t('argdown.open')}
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
          <LibraryDialog />
          <ExportDialog />
          <PresentButton />
        </header>
        <main className="am-main">
          {textPanelOpen && (
            <PanelBoundary name={t('app.sourceText')}>
              <Suspense fallback={null}>
                <SourceTextPanel />
              </Suspense>
            </PanelBoundary>
          )}
          {argdownOpen && (
            <PanelBoundary name={t('argdown.title')}>
              <Suspense fallback={null}>
                <ArgdownPanel />
              </Suspense>
            </PanelBoundary>
          )}
          <div className="am-stage">
            <PanelBoundary name={t('app.theMap')}>
              <MapCanvas />
            </PanelBoundary>
            <PanelBoundary name={t('app.messages')}>
              <RejectedFilePanel />
              <RestoredNotice />
            </PanelBoundary>
            <NoticeBar />
          </div>
          {outlineOpen && (
            <PanelBoundary name={t('app.outline')}>
              <Suspense fallback={null}>
                <OutlinePanel />
              </Suspense>
            </PanelBoundary>
          )}
          {tourOpen && (
            <PanelBoundary name={t('tourEditor.open')}>
              <Suspense fallback={null}>
                <TourPanel />
              </Suspense>
            </PanelBoundary>
          )}
          <PanelBoundary name={t('details.label')}>
            <DetailsPanel />
          </PanelBoundary>
        </main>
        <Legend />
        <ShortcutSheet />
        <FileDrop />
      </div>
    </ReactFlowProvider>
  );
}
