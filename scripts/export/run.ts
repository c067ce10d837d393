import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { pdfFontGaps, pdfFontGapsNote } from '../../src/export/pdfFontGaps';
import { pageLayout, shrunkPdf } from '../../src/export/pdfPage';
import { svgSize } from '../../src/export/svgSize';
import { importMap, MAX_IMPORT_BYTES } from '../../src/formats/importers';
import { DATA_FORMATS } from '../../src/formats/registry';
import { type ArgumentMap, formatIssue } from '../../src/model/types';
import { type ExportArgs, parseExportArgs } from './args';
import { FAILURE, UserError } from './errors';
import { helpText } from './help';

/** Where the CLI writes: the process's streams, or a test's. */
export interface CliStreams {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
}

/** The whole command: arguments in, file out, one line of report; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliStreams = process): Promise<number> {
  try {
    const args = parseExportArgs(argv, DATA_FORMATS);
    if (!args) {
      io.stdout.write(helpText(DATA_FORMATS.map((f) => f.id)));
      return 0;
    }
    const map = await readMap(args.file, io);
    const { output, nodes, notes } = await render(map, args);
    for (const note of notes) io.stderr.write(`note: ${note}\n`);
    if (args.out === '-') io.stdout.write(output);
    else writeOutput(args.out, output);
    const bytes = typeof output === 'string' ? Buffer.byteLength(output) : output.length;
    const where = args.out === '-' ? `${args.format} to stdout` : args.out;
    io.stderr.write(`wrote ${where} (${size(bytes)}, ${nodes})\n`);
    return 0;
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr.write(`export: ${e.message}\n`);
      return e.exitCode;
    }
    // Not the user's doing: say what failed; the stack only on request.
    const error = e as Error;
    io.stderr.write(`export failed: ${error.message}\n`);
    if (process.env.DEBUG) io.stderr.write(`${error.stack}\n`);
    return FAILURE;
  }
}

/** Reads a map file in any format the app opens (JSON, Argdown, AIF, Kialo), as the app does. */
async function readMap(file: string, io: CliStreams): Promise<ArgumentMap> {
  let text: string;
  try {
    if (statSync(file).size > MAX_IMPORT_BYTES)
      throw new UserError(`${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read ${file}: ${reason(e)}`);
  }
  const result = await importMap(file, text);
  if (!result.ok) {
    const issues = result.issues.map((i) => `  ${formatIssue(i)}`).join('\n');
    throw new UserError(`${file} is not a valid map file (read as ${result.format}):\n${issues}`);
  }
  for (const w of result.warnings) io.stderr.write(`note: ${formatIssue(w)}\n`);
  return result.map;
}

async function render(
  map: ArgumentMap,
  args: ExportArgs,
): Promise<{ output: string | Buffer; nodes: string; notes: string[] }> {
  const data = DATA_FORMATS.find((f) => f.id === args.format);
  // Data formats carry the whole map, whatever a diagram would fold away.
  if (data)
    return {
      output: data.export(map, { labels: args.labels }),
      nodes: count(map.nodes.length),
      notes: [],
    };
  // Loaded on demand: ELK and Playwright take a while, and errors and data formats need neither.
  const { mapToSvg } = await import('./mapToSvg');
  const { svg, layout, view } = await mapToSvg(map, args.diagram);
  const shown = layout.nodes.length;
  const nodes =
    shown === map.nodes.length ? count(shown) : `${count(shown)} of ${map.nodes.length}`;
  if (args.format === 'svg') return { output: svg, nodes, notes: [] };
  const { svgToPdf, svgToPng, withBrowser } = await import('./browser');
  if (args.format === 'pdf') {
    const at = pageLayout(svgSize(svg), args.page, args.orientation);
    const shrunk = shrunkPdf(at, args.page);
    const gaps = pdfFontGaps(layout, view);
    const notes = [
      ...(shrunk
        ? [
            `the map is larger than a PDF page can be (${shrunk.limit} cm a side): scaled down to ${shrunk.percent} %, on a page of ${shrunk.width} × ${shrunk.height} cm, still vector`,
          ]
        : []),
      // Unlike the app's PDF (jsPDF, the embedded font only), Chromium falls back to the
      // machine's fonts, so what it draws of these depends on what is installed.
      ...(gaps
        ? [
            pdfFontGapsNote(
              gaps,
              'they are drawn only if this machine has a font for them (Chromium takes one), else left out; the app leaves them out of its PDF. SVG and PNG keep them.',
            ),
          ]
        : []),
    ];
    const output = await withBrowser((b) => svgToPdf(b, svg, args.page, args.orientation));
    return { output, nodes, notes };
  }
  const { png, size } = await withBrowser((b) => svgToPng(b, svg, args.scale));
  const notes =
    size.scale < args.scale
      ? [
          `at ${args.scale}x the map is too large for a PNG: drawn at ${size.scale}x (${size.width} × ${size.height} pixels); SVG and PDF keep every detail`,
        ]
      : [];
  return { output: png, nodes, notes };
}

function writeOutput(file: string, output: string | Buffer): void {
  try {
    writeFileSync(file, output);
  } catch (e) {
    throw new UserError(`cannot write ${file}: ${reason(e)}`);
  }
}

/** `ENOENT: no such file or directory, open 'x'` -> `no such file or directory` */
function reason(e: unknown): string {
  const message = (e as Error).message;
  return /^[A-Z]+: ([^,]*)/.exec(message)?.[1] ?? message;
}

const count = (n: number) => `${n} node${n === 1 ? '' : 's'}`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
