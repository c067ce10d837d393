import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';

/** A passing message (an edit refused, a save failed); it goes after a while or on ×. */
export function NoticeBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const notice = store((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => store.getState().dismissNotice(), 8000);
    return () => window.clearTimeout(timer);
  }, [notice, store]);
  return (
    <div className="am-notice" role="status" aria-live="polite" data-testid="notice">
      {notice && (
        <>
          <span>{notice.text}</span>
          <button
            type="button"
            className="am-restored__close"
            aria-label={t('rejected.dismiss')}
            onClick={() => store.getState().dismissNotice()}
          >
            ×
          </button>
        </>
      )}
    </div>
  );
}
