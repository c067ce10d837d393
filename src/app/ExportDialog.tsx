import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButton } from './DialogButton';

// The exporters, fonts, jsPDF and svg2pdf load when someone first opens the dialog.
const ExportPanel = lazy(() => import('./ExportPanel'));

/** The Export button and its dialog. */
export function ExportDialog() {
  const { t } = useTranslation();
  return (
    <DialogButton
      label={t('exporting.open')}
      name={t('exporting.open')}
      className="am-export"
      labelledBy="am-export-title"
      testId="export-dialog"
    >
      {(close) => (
        <Suspense fallback={<p>{t('exporting.preparing')}</p>}>
          <ExportPanel onClose={close} />
        </Suspense>
      )}
    </DialogButton>
  );
}
