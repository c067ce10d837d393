/** The page a PDF export is printed on: fitted to the diagram, or paper. */
export type PdfPage = 'fit' | 'a4' | 'letter';
/**
 * Which way round the paper is: `auto` takes the one the map is drawn larger in (a tall map
 * portrait, a wide one landscape). A fitted page has the diagram's own shape.
 */
export type PdfOrientation = 'auto' | 'portrait' | 'landscape';
export const PDF_ORIENTATIONS = [
  'auto',
  'portrait',
  'landscape',
] as const satisfies readonly PdfOrientation[];

/** Paper sizes in points (1/72 in), landscape (the long side across). */
const PAPER = { a4: { width: 841.89, height: 595.28 }, letter: { width: 792, height: 612 } };
/** Margin on paper, in points: about 12 mm, inside what office printers can reach. */
const MARGIN = 34;
/** CSS pixels are 1/96 in; PDF points 1/72 in. */
const PT_PER_PX = 72 / 96;
/**
 * The largest page side a PDF allows, in points (200 in, 508 cm). jsPDF cuts each side of a
 * larger page to it, and whatever is drawn beyond is lost: a fitted page is scaled down instead.
 */
export const MAX_PDF_PAGE = 14400;
const PT_PER_CM = 72 / 2.54;

/** Where the diagram goes on the page, in points. */
export interface PageLayout {
  pageWidth: number;
  pageHeight: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The drawing's size on the page relative to its own (1 CSS pixel = 0.75 pt). */
  scale: number;
}

/**
 * Where the diagram goes on the page: scaled to fit and centred on paper (turned as asked, or
 * the way the diagram comes out larger), or the page itself.
 */
export function pageLayout(
  svg: { width: number; height: number },
  page: PdfPage,
  orientation: PdfOrientation = 'auto',
): PageLayout {
  const width = svg.width * PT_PER_PX;
  const height = svg.height * PT_PER_PX;
  if (page === 'fit') {
    const scale = Math.min(1, MAX_PDF_PAGE / width, MAX_PDF_PAGE / height);
    // min: the product can come out a rounding error past the limit.
    const w = Math.min(MAX_PDF_PAGE, width * scale);
    const h = Math.min(MAX_PDF_PAGE, height * scale);
    return { pageWidth: w, pageHeight: h, x: 0, y: 0, width: w, height: h, scale };
  }
  const long = PAPER[page].width;
  const short = PAPER[page].height;
  const landscape = onPaper(width, height, { width: long, height: short });
  const portrait = onPaper(width, height, { width: short, height: long });
  if (orientation === 'landscape') return landscape;
  if (orientation === 'portrait') return portrait;
  // A square map is as large either way: landscape, as screens and projectors are.
  return portrait.scale > landscape.scale ? portrait : landscape;
}

/** The drawing (in points) scaled to fit inside the paper's margins, centred. */
function onPaper(
  width: number,
  height: number,
  paper: { width: number; height: number },
): PageLayout {
  const scale = Math.min((paper.width - 2 * MARGIN) / width, (paper.height - 2 * MARGIN) / height);
  return {
    pageWidth: paper.width,
    pageHeight: paper.height,
    x: (paper.width - width * scale) / 2,
    y: (paper.height - height * scale) / 2,
    width: width * scale,
    height: height * scale,
    scale,
  };
}

/** A fitted page scaled down to PDF's limit, for the note in the export dialog and the CLI. */
export interface ShrunkPdf {
  percent: number;
  /** Page size and the largest page side, in whole centimetres. */
  width: number;
  height: number;
  limit: number;
}

/** How much a fitted page was scaled down, or undefined when it is the diagram's own size. */
export function shrunkPdf(layout: PageLayout, page: PdfPage): ShrunkPdf | undefined {
  if (page !== 'fit' || layout.scale >= 1) return undefined;
  return {
    // Rounded down: the note never claims more than is drawn.
    percent: Math.floor(layout.scale * 100),
    width: Math.round(layout.pageWidth / PT_PER_CM),
    height: Math.round(layout.pageHeight / PT_PER_CM),
    limit: Math.round(MAX_PDF_PAGE / PT_PER_CM),
  };
}
