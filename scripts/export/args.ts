import { parseArgs } from 'node:util';
import { PDF_ORIENTATIONS, type PdfOrientation, type PdfPage } from '../../src/export/pdfPage';
import { LANGUAGES, type UiLanguage } from '../../src/i18n/resources';
import {
  DEFAULT_LAYOUT_OPTIONS,
  type Density,
  type Direction,
  type LabelLanguage,
} from '../../src/layout/types';
import { USAGE, UserError } from './errors';
import type { DiagramOptions } from './mapToSvg';

/** Formats drawn as a diagram; the rest are the data formats of src/formats. */
export const DIAGRAM_FORMATS = ['svg', 'png', 'pdf'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];
const SCALES = [1, 2, 4] as const;
const PAGES = ['fit', 'a4', 'letter'] as const satisfies readonly PdfPage[];

/** What the command line asks for, defaults filled in. */
export interface ExportArgs {
  file: string;
  format: string;
  /** A file name, or `-` for standard output. */
  out: string;
  scale: (typeof SCALES)[number];
  page: PdfPage;
  /** Which way round A4 or Letter is; `auto`: the way the map comes out larger. */
  orientation: PdfOrientation;
  labels: LabelLanguage;
  diagram: DiagramOptions;
}

/** A format's id and file extension (with or without the dot), for `--format` and `--out`. */
export interface FormatName {
  id: string;
  extension: string;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  scale: { type: 'string' },
  background: { type: 'string' },
  labels: { type: 'string' },
  language: { type: 'string' },
  direction: { type: 'string' },
  density: { type: 'string' },
  collapse: { type: 'string' },
  legend: { type: 'boolean' },
  title: { type: 'string' },
  'source-line': { type: 'boolean' },
  page: { type: 'string' },
  orientation: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Other extensions these formats' files commonly have. */
const ALIASES: readonly FormatName[] = [
  { id: 'dot', extension: 'gv' },
  { id: 'mermaid', extension: 'mermaid' },
  { id: 'argdown', extension: 'ad' },
];

/** Which formats each option applies to (absent: all of them). */
const ONLY_FOR: Partial<Record<keyof typeof OPTIONS, readonly string[]>> = {
  scale: ['png'],
  background: ['png', 'svg'],
  page: ['pdf'],
  orientation: ['pdf'],
  language: DIAGRAM_FORMATS,
  direction: DIAGRAM_FORMATS,
  density: DIAGRAM_FORMATS,
  collapse: DIAGRAM_FORMATS,
  legend: DIAGRAM_FORMATS,
  title: DIAGRAM_FORMATS,
  'source-line': DIAGRAM_FORMATS,
};

/** Reads the command line; `null` when it asks for --help. Throws UserError (exit 2). */
export function parseExportArgs(
  argv: readonly string[],
  dataFormats: readonly FormatName[],
): ExportArgs | null {
  const { args, mapTitle } = bareTitle(argv);
  // --help wins over everything else on the line, even mistakes.
  const options = args.indexOf('--') < 0 ? args : args.slice(0, args.indexOf('--'));
  if (options.includes('--help') || options.includes('-h')) return null;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (e) {
    // parseArgs' own messages name the option; they are usage errors, not crashes.
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UserError(`${message}\nSee --help.`, USAGE);
  }
  const v = parsed.values;
  if (parsed.positionals.length !== 1)
    throw usage(parsed.positionals.length === 0 ? 'give a map file' : 'give one map file only');
  const file = parsed.positionals[0] as string;
  if (v.out === undefined) throw usage('--out is required (a file name, or - for stdout)');
  const out = v.out;
  const formats = [...DIAGRAM_FORMATS.map((id) => ({ id, extension: id })), ...dataFormats];
  const format = v.format?.toLowerCase() ?? formatOf(out, [...formats, ...ALIASES]);
  if (!formats.some((f) => f.id === format))
    throw usage(`unknown format '${format}': use one of ${formats.map((f) => f.id).join(', ')}`);
  if (out === '-' && (format === 'png' || format === 'pdf'))
    throw usage(`${format} is binary: give --out a file name`);
  for (const [name, allowed] of Object.entries(ONLY_FOR)) {
    const given = name === 'title' ? mapTitle || v.title !== undefined : name in v;
    if (given && !allowed.includes(format))
      throw usage(`--${name === 'legend' ? 'no-legend' : name} does not apply to ${format}`);
  }
  if (v.title === '') throw usage('--title: give a text, or --title alone for the map title');
  const labels = oneOf('labels', v.labels, ['source', 'gloss'], DEFAULT_LAYOUT_OPTIONS.labels);
  const defaults = DEFAULT_LAYOUT_OPTIONS;
  const page = oneOf('page', v.page, PAGES, 'fit');
  if (v.orientation !== undefined && page === 'fit')
    throw usage('--orientation applies to paper: give --page a4 or --page letter');
  return {
    file,
    format,
    out,
    scale: Number(oneOf('scale', v.scale, SCALES.map(String), '2')) as ExportArgs['scale'],
    page,
    orientation: oneOf('orientation', v.orientation, PDF_ORIENTATIONS, 'auto'),
    labels,
    diagram: {
      layout: {
        direction: oneOf<Direction>('direction', v.direction, ['up', 'right'], defaults.direction),
        density: oneOf<Density>('density', v.density, ['compact', 'roomy'], defaults.density),
        labels,
        language: oneOf<UiLanguage>('language', v.language, LANGUAGES, defaults.language),
      },
      collapse: (v.collapse ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
      legend: v.legend !== false,
      title: mapTitle || (v.title ?? false),
      sourceLine: v['source-line'] === true,
      background: oneOf('background', v.background, ['white', 'transparent'], 'white'),
    },
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: OPTIONS,
    allowPositionals: true,
    allowNegative: true,
    strict: true,
  });
}

/**
 * `--title` with no text (last, or followed by another option) means the map's own title;
 * parseArgs would demand a value, so it is taken out here. `--title=-x` gives text with a dash.
 */
function bareTitle(argv: readonly string[]): { args: string[]; mapTitle: boolean } {
  const args: string[] = [];
  let mapTitle = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === '--title' && (next === undefined || next.startsWith('-'))) mapTitle = true;
    else args.push(arg);
  }
  return { args, mapTitle };
}

/** The format whose extension the output file name ends with (the longest match wins). */
function formatOf(out: string, formats: readonly FormatName[]): string {
  const name = out.toLowerCase();
  let best: FormatName | undefined;
  for (const f of formats) {
    const ext = f.extension.replace(/^\./, '').toLowerCase();
    if (name.endsWith(`.${ext}`) && ext.length > (best?.extension.replace(/^\./, '').length ?? 0))
      best = f;
  }
  if (!best) throw usage(`give --format: the format can't be told from the file name '${out}'`);
  return best.id;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(
    `--${name} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not '${value}'`,
  );
}

const usage = (message: string) => new UserError(`${message}\nSee --help.`, USAGE);
