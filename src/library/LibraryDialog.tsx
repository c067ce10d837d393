import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../app/DialogButton';

// The maps list, new-from-text (with the text cleaner), files and share links load on first open.
const LibraryPanel = lazy(() => import('./LibraryPanel'));

/** The Maps button and its dialog: the user's maps, new ones, files in and out, sharing. */
export function LibraryDialog() {
  const { t } = useTranslation();
  return (
    <DialogButton
      label={t('library.open')}
      name={t('library.title')}
      className="am-library"
      labelledBy="am-library-title"
      testId="library"
    >
      {(close) => (
        <Suspense fallback={null}>
          <LibraryPanel close={close} />
        </Suspense>
      )}
    </DialogButton>
  );
}
