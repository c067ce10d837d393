import { useTranslation } from 'react-i18next';
import { formatIssue } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';

const SHOWN = 50;

/**
 * Why a file was refused, each problem with its place (the map on screen is untouched), or,
 * for a file that opened, what its import left out or guessed.
 */
export function RejectedFilePanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rejected = store((s) => s.rejected);
  if (!rejected) return null;
  const more = rejected.issues.length - SHOWN;
  return (
    <section
      className={`am-rejected${rejected.opened ? ' am-rejected--opened' : ''}`}
      role={rejected.opened ? 'status' : 'alert'}
      data-testid={rejected.opened ? 'import-notes' : 'rejected-file'}
    >
      <header>
        <h2>
          {rejected.opened
            ? t('rejected.openedWithNotes', { name: rejected.name, count: rejected.issues.length })
            : t('rejected.title', { name: rejected.name, count: rejected.issues.length })}
        </h2>
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
      {!rejected.opened && <p>{t('rejected.unchanged')}</p>}
    </section>
  );
}
