import { unzlibSync } from 'fflate';
import { Font } from 'fonteditor-core';
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { FONT_FAMILY } from '../../measure/fontMetrics';
import { type PageLayout, type PdfOrientation, type PdfPage, pageLayout } from '../pdfPage';
import { svgSize } from '../svgSize';
import { base64 } from './base64';
import { woffFilesFor } from './bundledFonts';

/**
 * A vector PDF of the exported SVG (jsPDF + svg2pdf.js), text selectable and searchable.
 * jsPDF embeds TrueType only, so the bundled WOFF subsets are converted, cut down to the
 * characters drawn. The layout says how the diagram was placed (a big one scaled down).
 * Characters outside the subsets (Chinese, Hebrew…) are left out: see pdfFontGaps.
 */
export async function svgToPdf(
  svg: string,
  text: string,
  page: PdfPage,
  orientation: PdfOrientation = 'auto',
): Promise<{ blob: Blob; layout: PageLayout }> {
  const size = svgSize(svg);
  const layout = pageLayout(size, page, orientation);
  const doc = new jsPDF({
    unit: 'pt',
    format: [layout.pageWidth, layout.pageHeight],
    orientation: layout.pageWidth > layout.pageHeight ? 'landscape' : 'portrait',
    compress: true,
  });
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))];
  for (const { face, bytes } of await woffFilesFor(text)) {
    const ttf = Font.create(bytes, {
      type: 'woff',
      subset: codePoints,
      inflate: (data) => Array.from(unzlibSync(new Uint8Array(data))),
    }).write({ type: 'ttf', toBuffer: false }) as ArrayBuffer;
    const name = `${face.file}.ttf`;
    doc.addFileToVFS(name, base64(ttf));
    // svg2pdf asks jsPDF for style "normal" at weight 400 and "600normal" at 600.
    doc.addFont(name, FONT_FAMILY, face.weight === 400 ? 'normal' : `${face.weight}normal`);
  }
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('the diagram is not a valid SVG');
  await svg2pdf(element, doc, {
    x: layout.x,
    y: layout.y,
    width: layout.width,
    height: layout.height,
  });
  return { blob: doc.output('blob'), layout };
}
