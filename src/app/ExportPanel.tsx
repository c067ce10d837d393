import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { viewRect } from '../canvas/viewRect';
import { downloadBlob } from '../export/browser/download';
import {
  buildExport,
  DIAGRAM_FORMATS,
  type ExportFormatId,
  type ExportResult,
} from '../export/browser/exportFile';
import { gapCounts, listing, type PdfFontGaps } from '../export/pdfFontGaps';
import type { PdfOrientation, PdfPage } from '../export/pdfPage';
import { DATA_FORMATS } from '../formats/registry';
import { toUiLanguage } from '../i18n/resources';
import type { LabelLanguage } from '../layout/types';
import { workerElk } from '../layout/worker/layoutOffThread';
import { useAppStoreApi } from '../store/useAppStore';

interface Choices {
  format: ExportFormatId;
  scope: 'map' | 'view';
  legend: boolean;
  title: boolean;
  sourceLine: boolean;
  labels: LabelLanguage;
  background: 'white' | 'transparent';
  scale: 1 | 2 | 4;
  page: PdfPage;
  orientation: PdfOrientation;
}

/** The Export dialog's content: pick a format and options, see a preview, download. */
export default function ExportPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const flow = useStoreApi();
  const labelsShown = store((s) => s.options.labels);
  const [choices, setChoices] = useState<Choices>({
    format: 'svg',
    scope: 'map',
    legend: true,
    title: true,
    sourceLine: true,
    labels: labelsShown,
    background: 'white',
    scale: 2,
    page: 'fit',
    orientation: 'auto',
  });
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (c: Partial<Choices>) => setChoices((old) => ({ ...old, ...c }));
  const isDiagram = DIAGRAM_FORMATS.some((f) => f.id === choices.format);
  const viewPossible = choices.labels === labelsShown;

  // Rebuild the file (and its preview) whenever a choice changes.
  useEffect(() => {
    const state = store.getState();
    const shown = state.laidOut;
    if (!shown) return;
    let current = true;
    setBusy(true);
    setError(null);
    const region = choices.scope === 'view' && viewPossible ? viewRect(flow.getState()) : undefined;
    buildExport({
      map: state.map,
      filter: state.filter,
      shown,
      layoutOptions: state.options,
      format: choices.format,
      labels: choices.labels,
      diagram: {
        language: toUiLanguage(i18n.language),
        legend: choices.legend,
        title: choices.title,
        sourceLine: choices.sourceLine,
        background: choices.background,
        region,
      },
      scale: choices.scale,
      page: choices.page,
      orientation: choices.orientation,
      elk: workerElk,
    })
      .then(
        (r) => current && setResult(r),
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [choices, viewPossible, store, flow, i18n.language]);

  const previewUrl = usePreviewUrl(result?.svg);

  const download = () => {
    if (result) downloadBlob(result.blob, result.fileName);
  };

  return (
    <>
      <h2 id="am-export-title">{t('exporting.title')}</h2>
      <div className="am-export__body">
        <form className="am-export__options" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('exporting.format')}
            <select
              value={choices.format}
              onChange={(e) => change({ format: e.target.value as ExportFormatId })}
              data-testid="export-format"
            >
              <optgroup label={t('exporting.diagram')}>
                {DIAGRAM_FORMATS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('exporting.data')}>
                {DATA_FORMATS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label>
            {t('exporting.labels')}
            <select
              value={choices.labels}
              onChange={(e) => change({ labels: e.target.value as LabelLanguage })}
            >
              <option value="source">{t('view.source')}</option>
              <option value="gloss">{t('view.gloss')}</option>
            </select>
          </label>
          {isDiagram && (
            <>
              <fieldset>
                <legend>{t('exporting.scope')}</legend>
                <label>
                  <input
                    type="radio"
                    name="scope"
                    checked={choices.scope === 'map'}
                    onChange={() => change({ scope: 'map' })}
                  />
                  {t('exporting.wholeMap')}
                </label>
                <label title={viewPossible ? undefined : t('exporting.viewNeedsSameLabels')}>
                  <input
                    type="radio"
                    name="scope"
                    disabled={!viewPossible}
                    checked={choices.scope === 'view' && viewPossible}
                    onChange={() => change({ scope: 'view' })}
                  />
                  {t('exporting.currentView')}
                </label>
              </fieldset>
              <fieldset>
                <Check
                  label={t('exporting.titleLine')}
                  checked={choices.title}
                  onChange={(title) => change({ title })}
                />
                <Check
                  label={t('exporting.legend')}
                  checked={choices.legend}
                  onChange={(legend) => change({ legend })}
                />
                <Check
                  label={t('exporting.sourceLine')}
                  checked={choices.sourceLine}
                  onChange={(sourceLine) => change({ sourceLine })}
                />
              </fieldset>
            </>
          )}
          {(choices.format === 'svg' || choices.format === 'png') && (
            <label>
              {t('exporting.background')}
              <select
                value={choices.background}
                onChange={(e) => change({ background: e.target.value as Choices['background'] })}
              >
                <option value="white">{t('exporting.white')}</option>
                <option value="transparent">{t('exporting.transparent')}</option>
              </select>
            </label>
          )}
          {choices.format === 'png' && (
            <label>
              {t('exporting.scale')}
              <select
                value={choices.scale}
                onChange={(e) => change({ scale: Number(e.target.value) as Choices['scale'] })}
                data-testid="export-scale"
              >
                <option value={1}>1×</option>
                <option value={2}>2×</option>
                <option value={4}>4×</option>
              </select>
            </label>
          )}
          {choices.format === 'pdf' && (
            <label>
              {t('exporting.page')}
              <select
                value={choices.page}
                onChange={(e) => change({ page: e.target.value as PdfPage })}
                data-testid="export-page"
              >
                <option value="fit">{t('exporting.pageFit')}</option>
                <option value="a4">{t('exporting.pageA4')}</option>
                <option value="letter">{t('exporting.pageLetter')}</option>
              </select>
            </label>
          )}
          {choices.format === 'pdf' && choices.page !== 'fit' && (
            <label>
              {t('exporting.orientation')}
              <select
                value={choices.orientation}
                onChange={(e) => change({ orientation: e.target.value as PdfOrientation })}
                data-testid="export-orientation"
              >
                <option value="auto">{t('exporting.orientationAuto')}</option>
                <option value="portrait">{t('exporting.portrait')}</option>
                <option value="landscape">{t('exporting.landscape')}</option>
              </select>
            </label>
          )}
        </form>
        <section
          className="am-export__preview"
          aria-label={t('exporting.preview')}
          // It scrolls when the picture is big: the keyboard must reach it too.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs a tab stop
          tabIndex={0}
        >
          {error ? (
            <p role="alert" className="am-export__error">
              {t('exporting.failed', { message: error })}
            </p>
          ) : busy && !result ? (
            <p>{t('exporting.preparing')}</p>
          ) : previewUrl && isDiagram ? (
            <>
              {result?.shrunkPng && (
                <p role="status" className="am-export__note" data-testid="export-shrunk">
                  {t('exporting.pngShrunk', { asked: choices.scale, ...result.shrunkPng })}
                </p>
              )}
              {result?.shrunkPdf && (
                <p role="status" className="am-export__note" data-testid="export-shrunk">
                  {t('exporting.pdfShrunk', { ...result.shrunkPdf })}
                </p>
              )}
              {choices.format === 'pdf' && result?.pdfFontGaps && (
                <p role="status" className="am-export__note" data-testid="export-font-gaps">
                  <FontGapsNote gaps={result.pdfFontGaps} />
                </p>
              )}
              <img src={previewUrl} alt={t('exporting.preview')} data-testid="export-preview" />
            </>
          ) : result?.text !== undefined ? (
            <pre data-testid="export-preview">{result.text.slice(0, 6000)}</pre>
          ) : null}
        </section>
      </div>
      <div className="am-export__actions">
        <button
          type="button"
          className="am-button am-button--primary"
          disabled={!result || busy || Boolean(error)}
          onClick={download}
          data-testid="export-download"
        >
          {t('exporting.download', { file: result?.fileName ?? '' })}
        </button>
        <button type="button" className="am-button" onClick={onClose}>
          {t('exporting.close')}
        </button>
      </div>
    </>
  );
}

/** "3 boxes and the title contain characters the PDF font cannot draw (Chinese, Hebrew)…" */
function FontGapsNote({ gaps }: { gaps: PdfFontGaps }) {
  const { t } = useTranslation();
  const c = gapCounts(gaps);
  const parts = [
    ...(c.title ? [t('exporting.gapTitle')] : []),
    ...(c.boxes ? [t('exporting.gapBoxes', { count: c.boxes })] : []),
    ...(c.groups ? [t('exporting.gapGroups', { count: c.groups })] : []),
    ...(c.sourceLine ? [t('exporting.gapSourceLine')] : []),
    ...(c.legend ? [t('exporting.gapLegend')] : []),
  ];
  const things = Number(c.title) + c.boxes + c.groups + Number(c.sourceLine) + Number(c.legend);
  const what = listing(parts, t('exporting.and'));
  const note = t('exporting.pdfFontGaps', {
    what: what.charAt(0).toUpperCase() + what.slice(1),
    verb: t('exporting.gapContains', { count: things }),
    scripts: gaps.scripts.map((s) => t(`exporting.script.${s}`)).join(', '),
  });
  // Which boxes: their first words, on hover.
  const boxes = gaps.labels
    .filter((l) => l.kind === 'node')
    .map((l) => `• ${l.text.length > 60 ? `${l.text.slice(0, 60)}…` : l.text}`)
    .join('\n');
  return <span title={boxes || undefined}>{note}</span>;
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** An object URL for the SVG preview, released when it changes. */
function usePreviewUrl(svg: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!svg) return setUrl(null);
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  return url;
}
