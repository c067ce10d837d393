import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelBoundary } from './PanelBoundary';

// The exporters, fonts, jsPDF and svg2pdf load when someone first opens the dialog.
const ExportPanel = lazy(() => import('./ExportPanel'));

/** The Export button and its dialog. */
export function ExportDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button type="button" className="am-button" onClick={() => setOpen(true)}>
        {t('exporting.open')}
      </button>
      <dialog
        ref={dialog}
        className="am-export"
        aria-labelledby="am-export-title"
        data-testid="export-dialog"
        onClose={() => setOpen(false)}
      >
        {open && (
          <PanelBoundary name={t('exporting.open')}>
            <Suspense fallback={<p>{t('exporting.preparing')}</p>}>
              <ExportPanel onClose={() => dialog.current?.close()} />
            </Suspense>
          </PanelBoundary>
        )}
      </dialog>
    </>
  );
}
