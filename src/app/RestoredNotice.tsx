import { useTranslation } from 'react-i18next';
import { useLibrary } from '../library/LibraryContext';
import { useAppStoreApi } from '../store/useAppStore';

/** Says the map of the last visit is back, and offers the default map instead. */
export function RestoredNotice() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const { defaultMap } = useLibrary();
  const restored = store((s) => s.restored);
  if (!restored) return null;
  const when = new Date(restored.savedAt).toLocaleString(i18n.resolvedLanguage);
  return (
    <section className="am-restored" role="status" data-testid="restored">
      <span>{t('restored.text', { title: restored.title, when })}</span>
      <button
        type="button"
        className="am-button"
        onClick={() =>
          store.getState().openMap(t('edit.did.open', { name: defaultMap.title }), defaultMap, null)
        }
      >
        {t('restored.openDefault')}
      </button>
      <button
        type="button"
        className="am-restored__close"
        aria-label={t('rejected.dismiss')}
        onClick={() => store.getState().dismissRestored()}
      >
        ×
      </button>
    </section>
  );
}
