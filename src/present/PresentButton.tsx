import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../app/typingTarget';
import { useAppStoreApi } from '../store/useAppStore';
import { tourFor } from '../tour/tourSteps';
import { toggleFullscreen } from './fullscreen';

/** Opens the presenter's window beside the audience's (this one). */
export function openPresenterView(): void {
  const url = new URL(window.location.href);
  url.search = '?presenter=1';
  window.open(url.toString(), 'argument-map-presenter', 'popup,width=1100,height=760');
}

/** Present: full screen, from the first step (also the P key). */
export function PresentButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const start = () => {
    // Full screen needs this very click or key press; the presentation starts either way.
    void toggleFullscreen();
    const s = store.getState();
    s.startPresentation(tourFor(s.map).id, 0);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (store.getState().presentation) return;
      e.preventDefault();
      start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <button type="button" className="am-button" title={t('present.startHint')} onClick={start}>
      {t('present.start')}
    </button>
  );
}
