import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArgdown } from '../../src/formats/argdown/toArgdown';
import { runCli } from './run';
import { defaultMap, tempDir } from './testSupport';

/** Runs the CLI in this process, collecting what it writes. */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (c: string | Uint8Array) => (stdout += String(c)) },
    stderr: { write: (c: string) => (stderr += c) },
  });
  return { code, stdout, stderr };
}

describe('the CLI reads what the app opens', () => {
  it('exports an Argdown file as SVG', async () => {
    const dir = tempDir();
    const input = join(dir, 'debate.argdown');
    writeFileSync(input, toArgdown(defaultMap()));
    const out = join(dir, 'debate.svg');
    const result = await run([input, '--format', 'svg', '--out', out]);
    expect(result.stderr).toContain('wrote');
    expect(result.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    for (const n of defaultMap().nodes) expect(svg).toContain(`data-node-id="${n.id}"`);
  }, 60_000);

  it('exports a Kialo discussion as Argdown, and names a bad file by line', async () => {
    const dir = tempDir();
    const input = join(dir, 'kialo.txt');
    writeFileSync(
      input,
      'Discussion Title: Tea or coffee?\r\n\r\n1. Tea is better.\r\n1.1. Pro: It has less caffeine.\r\n',
    );
    const result = await run([input, '--format', 'argdown', '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('It has less caffeine.');
    const broken = join(dir, 'broken.argdown');
    writeFileSync(broken, '[A]: a claim {kind: [unclosed}\n  + [B]: b\n');
    const bad = await run([broken, '--format', 'svg', '--out', join(dir, 'x.svg')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.argdown is not a valid map file.*\n.*line \d+, column \d+/);
  }, 60_000);
});
