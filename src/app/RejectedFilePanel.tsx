import { useTranslation } from 'react-i18next';
import { formatIssue } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';

const SHOWN = 50;

/** Why a file was refused, each problem with its place; the map on screen is untouched. */
export function RejectedFilePanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rejected = store((s) => s.rejected);
  if (!rejected) return null;
  const more = rejected.issues.length - SHOWN;
  return (
    <section className="am-rejected" role="alert" data-testid="rejected-file">
      <header>
        <h2>{t('rejected.title', { name: rejected.name, count: rejected.issues.length })}</h2>
        <button
          type="button"
          onClick={() => store.getState().dismissRejected()}
          aria-label={t('rejected.dismiss')}
        >
          ×
        </button>
      </header>
      <ul>
        {rejected.issues.slice(0, SHOWN).map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues are a fixed list for this file
          <li key={i}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('rejected.more', { count: more })}</p>}
      <p>{t('rejected.unchanged')}</p>
    </section>
  );
}
