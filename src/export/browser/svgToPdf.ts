import { unzlibSync } from 'fflate';
import { Font, type FontEditor } from 'fonteditor-core';
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { FONT_FAMILY } from '../../measure/fontMetrics';
import { type FontFace, rangeCovers } from '../fontFaces';
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
  for (const [weight, font] of mergedFonts(await woffFilesFor(text), text)) {
    const name = `${FONT_FAMILY}-${weight}.ttf`;
    doc.addFileToVFS(name, base64(font.write({ type: 'ttf', toBuffer: false }) as ArrayBuffer));
    // svg2pdf asks jsPDF for style "normal" at weight 400 and "600normal" at 600.
    doc.addFont(name, FONT_FAMILY, weight === 400 ? 'normal' : `${weight}normal`);
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

/**
 * One font per weight, of the subsets `text` needs cut down to its characters: jsPDF keeps one
 * font per family and style, so a label mixing subsets (Łódź, Ελλάδα) lost the letters of all
 * but the last one loaded. Each character is taken from the first subset covering it, and
 * composite glyphs are made simple, as fonteditor's merge takes simple outlines only.
 */
function mergedFonts(
  files: { face: FontFace; bytes: ArrayBuffer }[],
  text: string,
): Map<number, FontEditor.Font> {
  const codePoints = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))];
  const fonts = new Map<number, FontEditor.Font>();
  const taken = new Map<number, Set<number>>();
  // The subset with the space first: a merge takes glyphs with outlines only, so the spaces
  // must be in the font merged into (without them every line ended at its first space).
  const spaceFirst = [...files].sort(
    (a, b) =>
      Number(rangeCovers(b.face.unicodeRange, 32)) - Number(rangeCovers(a.face.unicodeRange, 32)),
  );
  for (const { face, bytes } of spaceFirst) {
    const done = taken.get(face.weight) ?? new Set<number>();
    taken.set(face.weight, done);
    const mine = codePoints.filter((cp) => !done.has(cp) && rangeCovers(face.unicodeRange, cp));
    if (mine.length === 0) continue;
    for (const cp of mine) done.add(cp);
    const font = Font.create(bytes, {
      type: 'woff',
      subset: mine,
      compound2simple: true,
      inflate: (data) => Array.from(unzlibSync(new Uint8Array(data))),
    });
    const into = fonts.get(face.weight);
    if (into) into.merge(font, { scale: 1 });
    else fonts.set(face.weight, font);
  }
  return fonts;
}
