/** Shared by this folder's tests: the sample map, the real CLI as a process, PNG headers. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import { parseMap } from '../../src/model/parseMap';
import { type ArgumentMap, formatIssue } from '../../src/model/types';
import type { DiagramOptions } from './mapToSvg';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_MAP_FILE = join(ROOT, 'data/default-map.json');

export function defaultMap(): ArgumentMap {
  const result = parseMap(readFileSync(DEFAULT_MAP_FILE, 'utf8'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.map;
}

/** What the CLI draws when given no diagram options. */
export const CLI_DEFAULTS: DiagramOptions = {
  layout: DEFAULT_LAYOUT_OPTIONS,
  collapse: [],
  legend: true,
  title: false,
  sourceLine: false,
  background: 'white',
};

export const tempDir = () => mkdtempSync(join(tmpdir(), 'map-export-'));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/export/cli.ts in its own Node process, as `npm run export` does. */
export function runExportCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/export/cli.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // `code` is the exit code when the process exited on its own.
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Width, height and colour type from a PNG's IHDR chunk (6 = RGBA). */
export function pngHeader(png: Buffer): { width: number; height: number; colourType: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] ?? -1 };
}
