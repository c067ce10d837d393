import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../app/typingTarget';
import { type AppStoreApi, useAppStoreApi } from '../store/useAppStore';
import { toggleFullscreen } from './fullscreen';

/** Opens the presenter's window beside the audience's (this one). */
export function openPresenterView(): void {
  const url = new URL(window.location.href);
  url.search = '?presenter=1';
  window.open(url.toString(), 'argument-map-presenter', 'popup,width=1100,height=760');
}

/** Starts presenting a tour at a step, full screen where the browser allows it. */
export function presentFrom(store: AppStoreApi, tourId: string, step: number): void {
  // Full screen needs this very click or key press; the presentation starts either way.
  void toggleFullscreen();
  store.getState().startPresentation(tourId, step);
}

/** Presents the map's first tour (one generated if it has none) from its first step. */
function presentFirstTour(store: AppStoreApi): void {
  void toggleFullscreen();
  // The tour generator loads with the presentation, not with the page.
  void import('../tour/tourSteps').then(({ tourFor }) =>
    store.getState().startPresentation(tourFor(store.getState().map).id, 0),
  );
}

/** Present: full screen, from the first step (also the P key). */
export function PresentButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (store.getState().presentation) return;
      e.preventDefault();
      presentFirstTour(store);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <button
      type="button"
      className="am-button"
      title={t('present.startHint')}
      onClick={() => presentFirstTour(store)}
    >
      {t('present.start')}
    </button>
  );
}
