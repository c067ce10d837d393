import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { svgToPdf, withBrowser } from './browser';
import { type DiagramSvg, mapToSvg } from './mapToSvg';
import { CLI_DEFAULTS, defaultMap, runExportCli, tempDir } from './testSupport';

/** Runs a poppler tool (Debian package poppler-utils) on PDF bytes. */
function poppler(tool: 'pdftotext' | 'pdfinfo', pdf: Buffer, ...args: string[]): string {
  const file = join(tempDir(), 'map.pdf');
  writeFileSync(file, pdf);
  return execFileSync(`/usr/bin/${tool}`, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  });
}

/** Words only: whitespace collapsed, a hyphen at a line break and the break itself dropped. */
const words = (text: string) => text.replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();

describe('PDF export', { timeout: 60_000 }, () => {
  let diagram: DiagramSvg;
  let fit: Buffer;
  let a4: Buffer;
  beforeAll(async () => {
    diagram = await mapToSvg(defaultMap(), { ...CLI_DEFAULTS, title: true, sourceLine: true });
    await withBrowser(async (browser) => {
      fit = await svgToPdf(browser, diagram.svg, 'fit');
      a4 = await svgToPdf(browser, diagram.svg, 'a4');
    });
  }, 60_000);

  it('holds every line of every node as text', () => {
    const text = words(poppler('pdftotext', fit, '-raw'));
    for (const box of diagram.layout.nodes) {
      const expected = words(box.lines.join('\n'));
      expect(text.includes(expected), `${box.id}: ${expected}`).toBe(true);
    }
  });

  it('is one page the size of the diagram (px at 96 dpi in pt)', () => {
    const info = poppler('pdfinfo', fit);
    expect(info).toMatch(/^Pages:\s+1$/m);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(w)).toBeCloseTo(diagram.width * 0.75, -0.3);
    expect(Number(h)).toBeCloseTo(diagram.height * 0.75, -0.3);
  });

  it('is A4 landscape with --page a4', () => {
    const info = poppler('pdfinfo', a4);
    expect(info).toMatch(/^Pages:\s+1$/m);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(w)).toBeCloseTo(841.89, -0.3);
    expect(Number(h)).toBeCloseTo(595.28, -0.3);
    expect(words(poppler('pdftotext', a4, '-raw'))).toContain(
      words(diagram.layout.nodes[0]?.lines.join('\n') ?? '?'),
    );
  });

  it('turns A4 upright for a tall map, and prints a note on scripts the font lacks', async () => {
    const dir = tempDir();
    const map = {
      version: 1,
      title: 'Tall 长',
      source: { text: '', language: 'en' },
      nodes: Array.from({ length: 8 }, (_, i) => ({
        id: `n${i}`,
        kind: i === 0 ? 'conclusion' : 'premise',
        implicit: false,
        text: i === 3 ? 'Peace: שלום' : i === 5 ? '民主 works' : `Step ${i} of a chain`,
      })),
      relations: Array.from({ length: 7 }, (_, i) => ({
        id: `r${i}`,
        kind: 'support',
        from: [`n${i + 1}`],
        to: `n${i}`,
      })),
      groups: [],
      tours: [],
    };
    writeFileSync(join(dir, 'tall.json'), JSON.stringify(map));
    const out = join(dir, 'tall.pdf');
    const run = await runExportCli([join(dir, 'tall.json'), '--out', out, '--page', 'a4']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'note: 2 boxes (n3, n5) contain characters the PDF font cannot draw (Hebrew, Chinese)',
    );
    const info = execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(w)).toBeCloseTo(595.28, -0.3);
    expect(Number(h)).toBeCloseTo(841.89, -0.3);
    // Asked for: landscape after all.
    const wide = await runExportCli([
      join(dir, 'tall.json'),
      '--out',
      out,
      '--page',
      'a4',
      '--orientation',
      'landscape',
    ]);
    expect(wide.code, wide.stderr).toBe(0);
    expect(execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' })).toMatch(
      /Page size:\s+84\d\.\d+ x 59\d\.\d+ pts/,
    );
  });
});
