import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FORMATS } from '../../src/formats/registry';
import { parseMap } from '../../src/model/parseMap';
import { type CliStreams, runCli } from './run';
import { DEFAULT_MAP_FILE, defaultMap, runExportCli, tempDir } from './testSupport';

/** runCli in this process, its output kept. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliStreams = {
    stdout: { write: (chunk) => (stdout += chunk.toString()) },
    stderr: { write: (chunk) => (stderr += chunk) },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('data formats', () => {
  it.each(DATA_FORMATS.map((f) => f.id))('writes %s, named by its extension', async (id) => {
    const format = DATA_FORMATS.find((f) => f.id === id);
    const out = join(tempDir(), `map${format?.extension.replace(/^\.?/, '.')}`);
    const result = await run([DEFAULT_MAP_FILE, '--format', id, '--out', out]);
    expect(result.stderr).toMatch(/^wrote .* \(\d+ (B|KB), 16 nodes\)\n$/);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().length).toBeGreaterThan(100);
    // Without --format the extension alone says which format it is.
    const inferred = await run([DEFAULT_MAP_FILE, '--out', out]);
    expect(inferred.code).toBe(0);
  });

  it('writes json that reads back as the same map', async () => {
    const { code, stdout } = await run([DEFAULT_MAP_FILE, '--format', 'json', '--out', '-']);
    expect(code).toBe(0);
    const again = parseMap(stdout);
    expect(again.ok && again.map).toEqual(defaultMap());
  });

  it('writes the glosses with --labels gloss', async () => {
    const { stdout } = await run([
      DEFAULT_MAP_FILE,
      '-f',
      'argdown',
      '--labels',
      'gloss',
      '-o',
      '-',
    ]);
    const gloss = defaultMap().nodes.find((n) => !n.implicit)?.gloss ?? '?';
    expect(stdout).toContain(gloss.slice(0, 20));
  });

  it('runs end to end from the command line', { timeout: 60_000 }, async () => {
    const result = await runExportCli([DEFAULT_MAP_FILE, '--format', 'mermaid', '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
    expect(result.stderr).toMatch(/^wrote mermaid to stdout/);
  });
});
