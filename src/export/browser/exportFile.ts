import type { ViewFilter } from '../../explore/visibleMap';
import { visibleMap } from '../../explore/visibleMap';
import { DATA_FORMATS, type DataFormatId } from '../../formats/registry';
import { type ElkRunner, layoutMap } from '../../layout/layoutMap';
import type { LabelLanguage, LayoutOptions } from '../../layout/types';
import type { ArgumentMap } from '../../model/types';
import { type DiagramOptions, diagramView, type LaidOutView } from '../diagramView';
import { exportFileName } from '../fileName';
import { type PdfFontGaps, pdfFontGaps } from '../pdfFontGaps';
import { type PdfOrientation, type PdfPage, type ShrunkPdf, shrunkPdf } from '../pdfPage';
import { drawnText, renderSvg } from '../renderSvg';
import { embeddedFontsFor } from './bundledFonts';

export type DiagramFormatId = 'svg' | 'png' | 'pdf';
export type ExportFormatId = DiagramFormatId | DataFormatId;

export const DIAGRAM_FORMATS: readonly { id: DiagramFormatId; label: string; extension: string }[] =
  [
    { id: 'svg', label: 'SVG', extension: '.svg' },
    { id: 'png', label: 'PNG', extension: '.png' },
    { id: 'pdf', label: 'PDF', extension: '.pdf' },
  ];

export interface ExportRequest {
  map: ArgumentMap;
  filter: ViewFilter;
  /** What is on screen; reused when the export's labels are the ones shown. */
  shown: LaidOutView;
  layoutOptions: LayoutOptions;
  format: ExportFormatId;
  labels: LabelLanguage;
  diagram: DiagramOptions;
  scale: 1 | 2 | 4;
  page: PdfPage;
  /** Which way round A4 or Letter is (a fitted page has the diagram's shape). */
  orientation: PdfOrientation;
  elk: ElkRunner;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  /** The diagram as SVG (diagram formats), for the preview. */
  svg?: string;
  /** The file's text (data formats), for the preview. */
  text?: string;
  /** A PNG drawn smaller than asked, as big as a browser's canvas allows. */
  shrunkPng?: { scale: number; width: number; height: number };
  /** A fitted PDF page scaled down to the largest page a PDF allows. */
  shrunkPdf?: ShrunkPdf;
  /** Labels with characters the PDF's font cannot draw: the PDF leaves those out. */
  pdfFontGaps?: PdfFontGaps;
}

const isDiagram = (f: ExportFormatId): f is DiagramFormatId =>
  f === 'svg' || f === 'png' || f === 'pdf';

/** Builds the file a user asked for from the model and the layout, never from the screen. */
export async function buildExport(request: ExportRequest): Promise<ExportResult> {
  const { map, format } = request;
  if (!isDiagram(format)) {
    const entry = DATA_FORMATS.find((f) => f.id === format);
    if (!entry) throw new Error(`unknown format "${format}"`);
    const text = entry.export(map, { labels: request.labels });
    return {
      blob: new Blob([text], { type: `${entry.mimeType};charset=utf-8` }),
      fileName: exportFileName(map.title, entry.extension),
      text,
    };
  }
  const view = await viewFor(request);
  // A region is in the coordinates of the layout on screen; another layout is drawn whole.
  const diagram =
    view === request.shown ? request.diagram : { ...request.diagram, region: undefined };
  const svgView = diagramView(map, view.visible, diagram);
  const text = drawnText(view.layout, svgView);
  const svg = renderSvg(view.visible.map, view.layout, {
    ...svgView,
    fonts: await embeddedFontsFor(text),
  });
  // A PNG at twice the size is told apart from the one at its size, as `@2x` says on the web.
  const scaled = format === 'png' && request.scale !== 1 ? `@${request.scale}x` : '';
  const fileName = exportFileName(map.title, format, scaled);
  if (format === 'svg')
    return { blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName, svg };
  if (format === 'png') {
    const { svgToPng } = await import('./svgToPng');
    const png = await svgToPng(svg, request.scale, request.diagram.background);
    const shrunkPng = png.size.scale < request.scale ? png.size : undefined;
    return { blob: png.blob, fileName, svg, shrunkPng };
  }
  // jsPDF and svg2pdf are big: loaded only when someone exports a PDF.
  const { svgToPdf } = await import('./svgToPdf');
  const pdf = await svgToPdf(svg, text, request.page, request.orientation);
  return {
    blob: pdf.blob,
    fileName,
    svg,
    shrunkPdf: shrunkPdf(pdf.layout, request.page),
    pdfFontGaps: pdfFontGaps(view.layout, svgView),
  };
}

/** The layout on screen when the labels match, else a fresh one with the export's labels. */
async function viewFor(request: ExportRequest): Promise<LaidOutView> {
  if (request.labels === request.layoutOptions.labels) return request.shown;
  const visible = visibleMap(request.map, request.filter);
  const options = { ...request.layoutOptions, labels: request.labels };
  return { visible, layout: await layoutMap(visible.map, options, request.elk) };
}
