/** The page a PDF export is printed on: fitted to the diagram, or paper in landscape. */
export type PdfPage = 'fit' | 'a4' | 'letter';

/** Landscape paper sizes in points (1/72 in). */
const PAPER = { a4: { width: 841.89, height: 595.28 }, letter: { width: 792, height: 612 } };
/** Margin on paper, in points: about 12 mm, inside what office printers can reach. */
const MARGIN = 34;
/** CSS pixels are 1/96 in; PDF points 1/72 in. */
const PT_PER_PX = 72 / 96;

/** Where the diagram goes on the page, in points: scaled to fit and centred on paper. */
export function pageLayout(
  svg: { width: number; height: number },
  page: PdfPage,
): { pageWidth: number; pageHeight: number; x: number; y: number; width: number; height: number } {
  const width = svg.width * PT_PER_PX;
  const height = svg.height * PT_PER_PX;
  if (page === 'fit') return { pageWidth: width, pageHeight: height, x: 0, y: 0, width, height };
  const paper = PAPER[page];
  const scale = Math.min((paper.width - 2 * MARGIN) / width, (paper.height - 2 * MARGIN) / height);
  return {
    pageWidth: paper.width,
    pageHeight: paper.height,
    x: (paper.width - width * scale) / 2,
    y: (paper.height - height * scale) / 2,
    width: width * scale,
    height: height * scale,
  };
}
