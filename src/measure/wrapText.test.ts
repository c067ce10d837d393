import { describe, expect, it } from 'vitest';
import type { FontSpec } from './fontMetrics';
import { measureText } from './measureText';
import { wrapText } from './wrapText';

const body: FontSpec = { size: 14, weight: 400 };

describe('measureText', () => {
  it('scales with font size and grows with bold weight', () => {
    const w14 = measureText('Kleinstaaten', body);
    expect(measureText('Kleinstaaten', { size: 28, weight: 400 })).toBeCloseTo(w14 * 2, 6);
    expect(measureText('Kleinstaaten', { size: 14, weight: 600 })).toBeGreaterThan(w14);
  });

  it('measures umlauts, guillemets and ellipsis from the font, not a fallback', () => {
    // Each of these is in the bundled font; a fallback would be 1.2 em = 16.8 px.
    for (const ch of ['ü', 'Ö', 'ß', '«', '»', '…', '–']) {
      expect(measureText(ch, body)).toBeLessThan(14);
    }
  });

  it('gives characters the font lacks a generous width', () => {
    expect(measureText('😀', body)).toBeCloseTo(16.8, 6);
  });
});

describe('wrapText', () => {
  const sentence =
    'Bündnisse können jedoch, ergänzend zu ihrer verteidigungspolitischen Kernfunktion, weitere Leistungsmerkmale aufweisen';

  it('keeps every line within the width and every word in order', () => {
    const lines = wrapText(sentence, 200, body);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measureText(line, body)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(sentence);
  });

  it('fills lines greedily: the next word would not have fitted', () => {
    const lines = wrapText(sentence, 200, body);
    for (let i = 0; i < lines.length - 1; i++) {
      const nextWord = (lines[i + 1] as string).split(' ')[0];
      expect(measureText(`${lines[i]} ${nextWord}`, body)).toBeGreaterThan(200);
    }
  });

  it('breaks a hostile endless word so no line overflows', () => {
    const word = 'x'.repeat(500);
    const lines = wrapText(word, 120, body);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(measureText(line, body)).toBeLessThanOrEqual(120);
  });

  it('prefers breaking a long compound after its hyphen', () => {
    const lines = wrapText('NATO-Infrastrukturbereitstellungsvereinbarung', 150, body);
    expect(lines[0]).toBe('NATO-');
  });

  it('keeps explicit line breaks', () => {
    expect(wrapText('eins\nzwei', 500, body)).toEqual(['eins', 'zwei']);
  });
});
