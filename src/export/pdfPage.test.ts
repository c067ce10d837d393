import { describe, expect, it } from 'vitest';
import { MAX_PDF_PAGE, pageLayout, shrunkPdf } from './pdfPage';

describe('the page of a PDF fitted to the diagram', () => {
  it('is the diagram at 96 dpi when it fits', () => {
    const layout = pageLayout({ width: 1200, height: 800 }, 'fit');
    expect(layout).toEqual({
      pageWidth: 900,
      pageHeight: 600,
      x: 0,
      y: 0,
      width: 900,
      height: 600,
      scale: 1,
    });
    expect(shrunkPdf(layout, 'fit')).toBeUndefined();
  });

  it('scales a big map down on both sides to the largest page a PDF allows', () => {
    // 512 boxes from a user trial; the width used to be cut at 14400 pt, the height not.
    const size = { width: 26017, height: 9438 };
    const layout = pageLayout(size, 'fit');
    expect(layout.pageWidth).toBeLessThanOrEqual(MAX_PDF_PAGE);
    expect(layout.pageHeight).toBeLessThanOrEqual(MAX_PDF_PAGE);
    expect(layout.pageWidth).toBeCloseTo(MAX_PDF_PAGE, 6);
    expect(layout.pageWidth / layout.pageHeight).toBeCloseTo(size.width / size.height, 6);
    // The whole drawing is the whole page.
    expect(layout).toMatchObject({
      x: 0,
      y: 0,
      width: layout.pageWidth,
      height: layout.pageHeight,
    });
    expect(shrunkPdf(layout, 'fit')).toEqual({
      percent: 73,
      width: 508,
      limit: 508,
      height: Math.round((layout.pageHeight / 72) * 2.54),
    });
  });

  it('keeps a tall map within the limit too', () => {
    const layout = pageLayout({ width: 3000, height: 34199 }, 'fit');
    expect(layout.pageHeight).toBeLessThanOrEqual(MAX_PDF_PAGE);
    expect(layout.pageWidth / layout.pageHeight).toBeCloseTo(3000 / 34199, 6);
  });
});

describe('the page of a PDF on paper', () => {
  it('centres the map on A4 landscape and makes no note of it', () => {
    const layout = pageLayout({ width: 26017, height: 9438 }, 'a4');
    expect(layout.pageWidth).toBeCloseTo(841.89);
    expect(layout.x + layout.width / 2).toBeCloseTo(841.89 / 2);
    expect(layout.width / layout.height).toBeCloseTo(26017 / 9438, 6);
    expect(shrunkPdf(layout, 'a4')).toBeUndefined();
  });
});
