import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';
import { cancelLayout } from './useMapLayout';

/** Shown after this long: quicker layouts come and go without a flicker of text. */
const PROGRESS_AFTER_MS = 400;

/** "Laying out 2000 boxes… Cancel" while the worker is at it for more than a moment. */
export function LayoutProgress() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const pending = store((s) => s.layoutPending);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(false);
    if (!pending) return;
    const timer = window.setTimeout(() => setShown(true), PROGRESS_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [pending]);
  if (!pending || !shown) return null;
  return (
    <p className="am-layout-progress" role="status" data-testid="layout-progress">
      <span className="am-spinner" aria-hidden="true" />
      {t('app.layoutBusy', { count: pending.boxes })}{' '}
      <button
        type="button"
        className="am-button"
        onClick={() => {
          cancelLayout('cancelled');
          store.getState().setLayoutError('cancelled');
        }}
      >
        {t('app.cancel')}
      </button>
    </p>
  );
}
