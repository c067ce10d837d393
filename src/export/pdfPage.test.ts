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

describe('the orientation of paper', () => {
  // A chain of reasons one above the other, and a row of them side by side (CSS pixels).
  const tall = { width: 700, height: 2600 };
  const wide = { width: 2600, height: 700 };

  it('turns A4 upright for a tall map when automatic, drawing it larger', () => {
    const auto = pageLayout(tall, 'a4');
    const portrait = pageLayout(tall, 'a4', 'portrait');
    const landscape = pageLayout(tall, 'a4', 'landscape');
    expect(auto).toEqual(portrait);
    expect(portrait.pageWidth).toBeCloseTo(595.28);
    expect(portrait.pageHeight).toBeCloseTo(841.89);
    expect(landscape.pageWidth).toBeCloseTo(841.89);
    // Height-bound either way: the longer side makes it (841.89 - 68) / (595.28 - 68) as large.
    expect(portrait.scale / landscape.scale).toBeCloseTo((841.89 - 68) / (595.28 - 68), 6);
    // Centred within the margins, proportions kept.
    expect(portrait.y).toBeCloseTo(34);
    expect(portrait.x + portrait.width / 2).toBeCloseTo(595.28 / 2);
    expect(portrait.width / portrait.height).toBeCloseTo(700 / 2600, 6);
  });

  it('keeps a wide map landscape when automatic', () => {
    const auto = pageLayout(wide, 'letter', 'auto');
    expect(auto).toEqual(pageLayout(wide, 'letter', 'landscape'));
    expect(auto.pageWidth).toBe(792);
    expect(auto.scale).toBeGreaterThan(pageLayout(wide, 'letter', 'portrait').scale);
  });

  it('picks whichever side draws the map larger, also when both are nearly square', () => {
    for (const size of [tall, wide, { width: 1000, height: 900 }, { width: 900, height: 1000 }]) {
      const auto = pageLayout(size, 'a4');
      const best = Math.max(
        pageLayout(size, 'a4', 'portrait').scale,
        pageLayout(size, 'a4', 'landscape').scale,
      );
      expect(auto.scale).toBe(best);
    }
    // As large either way: landscape.
    expect(pageLayout({ width: 1000, height: 1000 }, 'a4').pageWidth).toBeCloseTo(841.89);
  });

  it('does not turn a page fitted to the diagram', () => {
    expect(pageLayout(tall, 'fit', 'landscape')).toEqual(pageLayout(tall, 'fit'));
  });
});
