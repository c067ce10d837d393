import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { saveMapFile } from '../library/saveMapFile';
import { useAppStoreApi } from '../store/useAppStore';

/**
 * A passing message (an edit refused); it goes after a while or on ×. One about saving (the
 * browser keeps nothing) offers to save the map as a file and stays.
 */
export function NoticeBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const notice = store((s) => s.notice);
  useEffect(() => {
    // A message that asks the user to act (save a file) stays until they do or close it.
    if (!notice || notice.offerSave) return;
    const timer = window.setTimeout(() => store.getState().dismissNotice(), 8000);
    return () => window.clearTimeout(timer);
  }, [notice, store]);
  return (
    <div className="am-notice" role="status" aria-live="polite" data-testid="notice">
      {notice && (
        <>
          <span>{notice.text}</span>
          {notice.offerSave && (
            <button
              type="button"
              className="am-button"
              onClick={() =>
                void saveMapFile(store.getState().map, 'json').catch((e: unknown) =>
                  store.getState().showNotice(e instanceof Error ? e.message : String(e), true),
                )
              }
            >
              {t('library.saveJson')}
            </button>
          )}
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
