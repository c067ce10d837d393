import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unzlibSync } from 'fflate';
import { Font } from 'fonteditor-core';
import { describe, expect, it } from 'vitest';
import type { MapLayout, NodeBox } from '../layout/types';
import { parseFontFaces, rangeCovers } from './fontFaces';
import { canDrawInPdf, pdfFontGaps, pdfFontGapsNote, undrawable } from './pdfFontGaps';

const require = createRequire(import.meta.url);

/** Every code point a weight's subsets draw: in a face's unicode-range and in its glyphs. */
function coverageFromFontFiles(weight: 400 | 600): Set<number> {
  const dir = dirname(require.resolve('@fontsource/ibm-plex-sans/400.css'));
  const covered = new Set<number>();
  for (const face of parseFontFaces(readFileSync(join(dir, `${weight}.css`), 'utf8'))) {
    const bytes = readFileSync(join(dir, 'files', face.file.replace(/\.woff2$/, '.woff')));
    const font = Font.create(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      { type: 'woff', inflate: (data) => Array.from(unzlibSync(new Uint8Array(data))) },
    );
    for (const cp of Object.keys(font.get().cmap).map(Number))
      if (rangeCovers(face.unicodeRange, cp)) covered.add(cp);
  }
  return covered;
}

describe('the characters the PDF font draws', () => {
  it('are exactly those of the embedded subsets, the same at both weights', () => {
    const regular = coverageFromFontFiles(400);
    const semibold = coverageFromFontFiles(600);
    expect([...semibold].sort()).toEqual([...regular].sort());
    expect(regular.size).toBe(778);
    for (let cp = 0; cp < 0x3000; cp++)
      expect(canDrawInPdf(cp), cp.toString(16)).toBe(regular.has(cp));
  });

  it('include German, French, Polish, Greek, Cyrillic and typographic punctuation', () => {
    for (const text of [
      'Grösse Füsse Straße',
      'œuvre «ça»',
      'Łódź żółć',
      'Ελλάδα',
      'Привет',
      '“—” ‘–’ … € №',
    ])
      expect(undrawable(text), text).toBeUndefined();
  });

  it('leave out Chinese, Japanese, Korean, Hebrew, Arabic and emoji, named by script', () => {
    expect(undrawable('Democracy 民主制度')).toEqual({ missing: '民主制度', scripts: ['chinese'] });
    expect(undrawable('日本語のテキスト')?.scripts).toEqual(['japanese']);
    expect(undrawable('한국어 Korean')).toEqual({ missing: '한국어', scripts: ['korean'] });
    expect(undrawable('Peace: שלום')).toEqual({ missing: 'שלום', scripts: ['hebrew'] });
    expect(undrawable('السلام')?.scripts).toEqual(['arabic']);
    // The emoji's variation selector is not counted as a character of its own.
    expect(undrawable('ok 👍\uFE0F')).toEqual({ missing: '👍', scripts: ['emoji'] });
    expect(undrawable('a → b')).toEqual({ missing: '→', scripts: ['other'] });
  });
});

const box = (id: string, lines: string[], x = 0): NodeBox => ({
  id,
  kind: 'premise',
  x,
  y: 0,
  width: 200,
  height: 80,
  header: 'REASON',
  lines,
});

function layoutOf(nodes: NodeBox[], groups: MapLayout['groups'] = []): MapLayout {
  return { width: 1000, height: 500, nodes, groups, junctions: [], edges: [] };
}

describe('labels the PDF would draw with characters missing', () => {
  const view = { language: 'en' as const, legend: true };

  it('are none for a map in Latin script, legend in English or German', () => {
    const layout = layoutOf([box('a', ['Grösse und', 'Füsse'])]);
    expect(pdfFontGaps(layout, view)).toBeUndefined();
    expect(
      pdfFontGaps(layout, { ...view, language: 'de', title: 'Militärbündnisse' }),
    ).toBeUndefined();
  });

  it('names the boxes, group titles and title with their scripts, in order', () => {
    const layout = layoutOf(
      [
        box('latin', ['Only Latin']),
        box('zh', ['Democracy works best', '民主是最好的制度']),
        box('he', ['Peace first: שלום', 'עכשיו']),
        box('ja', ['日本語のテキスト']),
      ],
      [{ id: 'g1', label: 'Gruppe 組', x: 0, y: 0, width: 500, height: 200 }],
    );
    const gaps = pdfFontGaps(layout, { ...view, title: 'Map 地图' });
    expect(gaps?.labels.map((l) => [l.kind, l.id, l.scripts])).toEqual([
      ['title', undefined, ['chinese']],
      ['node', 'zh', ['chinese']],
      ['node', 'he', ['hebrew']],
      ['node', 'ja', ['japanese']],
      ['group', 'g1', ['chinese']],
    ]);
    expect(gaps?.scripts).toEqual(['chinese', 'hebrew', 'japanese']);
    expect(gaps?.labels[2]?.missing).toBe('שלוםעכי');
    expect(pdfFontGapsNote(gaps ?? { labels: [], scripts: [] }, 'left out.')).toBe(
      'the title, 3 boxes (zh, he, ja) and 1 group title contain characters the PDF font cannot draw (Chinese, Hebrew, Japanese): left out.',
    );
  });

  it('reads the labels laid out, so the gloss when the gloss is shown', () => {
    const gloss = layoutOf([box('he', ['Peace now'])]);
    expect(pdfFontGaps(gloss, view)).toBeUndefined();
  });

  it('counts only the boxes in the current view when exporting it', () => {
    const layout = layoutOf([box('in', ['中文']), box('out', ['עברית'], 800)]);
    const region = { x: 0, y: 0, width: 300, height: 300 };
    const gaps = pdfFontGaps(layout, { ...view, region });
    expect(gaps?.labels.map((l) => l.id)).toEqual(['in']);
    expect(pdfFontGapsNote(gaps ?? { labels: [], scripts: [] }, 'x')).toBe(
      '1 box (in) contains characters the PDF font cannot draw (Chinese): x',
    );
  });
});
