import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../app/typingTarget';
import { useAppStoreApi } from '../store/useAppStore';
import { tourFor } from '../tour/tourSteps';
import { toggleFullscreen } from './PresentationView';

/** Present (full screen, from the first step; also P) and the presenter view's window. */
export function PresentButtons() {
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
  const openPresenter = () => {
    const url = new URL(window.location.href);
    url.search = '?presenter=1';
    window.open(url.toString(), 'argument-map-presenter', 'popup,width=1100,height=760');
  };
  return (
    <>
      <button type="button" className="am-button" title={t('present.startHint')} onClick={start}>
        {t('present.start')}
      </button>
      <button type="button" className="am-button" onClick={openPresenter}>
        {t('present.presenterView')}
      </button>
    </>
  );
}
