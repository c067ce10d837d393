import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../app/typingTarget';
import { type AppStoreApi, useAppStoreApi } from '../store/useAppStore';
import { tourFor } from '../tour/tourSteps';
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

/** Present: full screen, from the first step (also the P key). */
export function PresentButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  useEffect(() => {
    const start = () => presentFrom(store, tourFor(store.getState().map).id, 0);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (store.getState().presentation) return;
      e.preventDefault();
      start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <button
      type="button"
      className="am-button"
      title={t('present.startHint')}
      onClick={() => presentFrom(store, tourFor(store.getState().map).id, 0)}
    >
      {t('present.start')}
    </button>
  );
}
