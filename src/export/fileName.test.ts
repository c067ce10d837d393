import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('spells out umlauts and joins words with hyphens', () => {
    expect(
      exportFileName(
        'Militärbündnisse und Kleinstaaten: vom Verteidigungsbündnis zur Koordinationsorganisation',
        'svg',
      ),
    ).toBe('militaerbuendnisse-und-kleinstaaten-vom.svg');
  });

  it('drops accents and characters file systems reject', () => {
    expect(exportFileName('Café / "Débat" <2024>?', '.pdf')).toBe('cafe-debat-2024.pdf');
  });

  it('puts a suffix before the extension', () => {
    expect(exportFileName('Map', 'png', '@2x')).toBe('map@2x.png');
  });

  it('never returns an empty name', () => {
    expect(exportFileName('???', 'png')).toBe('argument-map.png');
    expect(exportFileName('中文', 'json')).toBe('argument-map.json');
  });
});
