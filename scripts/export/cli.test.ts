import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapToSvg } from './mapToSvg';
import {
  CLI_DEFAULTS,
  DEFAULT_MAP_FILE,
  defaultMap,
  pngHeader,
  runExportCli,
  tempDir,
} from './testSupport';

// Each run is its own Node process (about 2 s); they run side by side.
describe.concurrent('the export command', { timeout: 60_000 }, () => {
  it('writes the same SVG as mapToSvg, and reports it', async () => {
    const out = join(tempDir(), 'map.svg');
    const run = await runExportCli([DEFAULT_MAP_FILE, '--out', out, '--title', '--source-line']);
    expect(run.stderr).toMatch(/^wrote .*map\.svg \(\d+ KB, 16 nodes\)\n$/);
    expect(run.code).toBe(0);
    const expected = await mapToSvg(defaultMap(), {
      ...CLI_DEFAULTS,
      title: true,
      sourceLine: true,
    });
    expect(readFileSync(out, 'utf8') === expected.svg).toBe(true);
  });

  it('writes SVG to stdout with --out -, the format inferred from nothing but --format', async () => {
    const run = await runExportCli([DEFAULT_MAP_FILE, '--format', 'svg', '--out', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<?xml')).toBe(true);
    expect(run.stderr).toMatch(/^wrote svg to stdout/);
  });

  it('writes a PNG at the asked scale, with a title of its own', async () => {
    const out = join(tempDir(), 'map.png');
    const run = await runExportCli([
      DEFAULT_MAP_FILE,
      '--out',
      out,
      '--scale',
      '1',
      '--title',
      'Mine',
    ]);
    expect(run.code).toBe(0);
    const expected = await mapToSvg(defaultMap(), { ...CLI_DEFAULTS, title: 'Mine' });
    const { width, height } = pngHeader(readFileSync(out));
    expect([width, height]).toEqual([expected.width, expected.height]);
  });
});

/** A copy of the default map with one quote that is not the text's wording. */
function badQuoteFile(dir: string): { file: string; path: string } {
  const value = JSON.parse(readFileSync(DEFAULT_MAP_FILE, 'utf8')) as {
    nodes: { quote?: { text: string } }[];
  };
  const index = value.nodes.findIndex((n) => n.quote);
  const quote = value.nodes[index]?.quote;
  if (!quote) throw new Error('the default map has no quote');
  quote.text = `${quote.text} (not in the text)`;
  const file = join(dir, 'bad-quote.json');
  writeFileSync(file, JSON.stringify(value));
  return { file, path: `nodes[${index}].quote` };
}

describe.concurrent('the export command on bad input', { timeout: 60_000 }, () => {
  const dir = tempDir();
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "version": 1, "title": ');
  const badQuote = badQuoteFile(dir);
  const cases: [string, string[], number, RegExp[]][] = [
    ['broken JSON', [broken], 1, [/broken\.json/, /not valid JSON/]],
    [
      'an invalid quote',
      [badQuote.file],
      1,
      [/bad-quote\.json/, new RegExp(literal(badQuote.path))],
    ],
    ['a missing file', [join(dir, 'none.json')], 1, [/none\.json/, /no such file/]],
    ['an unknown format', [DEFAULT_MAP_FILE, '--format', 'tiff'], 2, [/unknown format 'tiff'/]],
    ['--scale 3', [DEFAULT_MAP_FILE, '--scale', '3'], 2, [/--scale must be 1, 2 or 4, not '3'/]],
    [
      'an unknown collapse id',
      [DEFAULT_MAP_FILE, '--collapse', 'no-such-node'],
      2,
      [/no-such-node/],
    ],
    ['an unknown option', [DEFAULT_MAP_FILE, '--colour', 'red'], 2, [/--colour/]],
  ];

  it.each(cases)('stops on %s with a message and no file', async (_, args, code, messages) => {
    const out = join(tempDir(), 'out.png');
    const run = await runExportCli([...args, '--out', out]);
    expect(run.code).toBe(code);
    for (const message of messages) expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

function literal(text: string): string {
  return text.replace(/[[\].]/g, '\\$&');
}
