import { parseMapLater } from '../model/parseMapLater';
import type { ImportResult } from './shared/importResult';

export type ImportFormatId = 'json' | 'argdown' | 'aif' | 'kialo';

/** Files refused before reading: far beyond any hand-made map, and a page could freeze on it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Which format a file is in: by its name first, then by its content. JSON is ours when it
 * has `version` and `nodes` with kinds; AIF when its nodes carry `nodeID` (or OVA wraps it);
 * Kialo when it has Kialo's title line or its numbered Pro and Con claims; else Argdown.
 */
export function detectFormat(name: string, text: string): ImportFormatId {
  const lower = name.toLowerCase();
  // Argdown is written in Markdown documents too (fenced blocks; Quarto's .qmd).
  if (/\.(argdown|ad|md|markdown|qmd)$/.test(lower)) return 'argdown';
  if (lower.endsWith('.aif') || lower.endsWith('.aif.json')) return 'aif';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  // `[` opens JSON and an Argdown statement title alike: only JSON parses as JSON.
  if (start.startsWith('{') || (start.startsWith('[') && parsesAsJson(start))) {
    return /"nodeID"\s*:|"AIF"\s*:/.test(start.slice(0, 200_000)) ? 'aif' : 'json';
  }
  if (lower.endsWith('.json')) return 'json';
  // Kialo's export: an optional "Discussion Title:" line, then numbered claims "1.", "1.1. Pro:".
  // A numbered list alone is no sign: Markdown and Argdown have them too.
  const head = start.slice(0, 5000);
  if (/^Discussion Title:/m.test(head)) return 'kialo';
  if (/^\s*1\.\s/m.test(head) && /^\s*1(\.\d+)+\.?\s+(Pro|Con)\s*:/m.test(head)) return 'kialo';
  return 'argdown';
}

/**
 * Reads a map file in any format the app opens. Importers load when first needed (Argdown's
 * parser is large). Every result has passed the model's checks; nothing replaces the open
 * map here: the caller does, on success only.
 */
export async function importMap(
  name: string,
  text: string,
): Promise<ImportResult & { format: ImportFormatId }> {
  // A byte-order mark (a file read as bytes, by the command line) is no part of any format.
  const content = text.replace(/^\uFEFF/, '');
  const format = detectFormat(name, content);
  const result = await importAs(format, content, titleOfFile(name));
  return { ...result, format };
}

/**
 * The title of a map whose file names none (Argdown without a `title:`, AIF without ours):
 * the file's name, so that two such maps are told apart in the list of maps.
 */
export function titleOfFile(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  const title = base
    .replace(/(\.(argdown|ad|md|markdown|qmd|aif|json|txt))+$/i, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title || undefined;
}

async function importAs(
  format: ImportFormatId,
  text: string,
  untitled: string | undefined,
): Promise<ImportResult> {
  switch (format) {
    case 'json': {
      const parsed = await parseMapLater(text);
      if (parsed.ok) return { ok: true, map: parsed.map, warnings: [] };
      const other = otherJson(text);
      return other ? { ok: false, issues: [{ path: '', message: other }] } : parsed;
    }
    case 'aif':
      return (await import('./aif/fromAif')).fromAif(text, untitled);
    case 'kialo':
      return (await import('./kialo/fromKialo')).fromKialo(text);
    case 'argdown':
      return (await import('./argdown/fromArgdown')).fromArgdown(text, untitled);
  }
}

/**
 * What a JSON file that is no map of ours is, when that can be told: "version: missing" said
 * nothing to someone opening Argdown's JSON export. Undefined for anything that may be a map of
 * ours gone wrong (it has `version` or `nodes`): the model's own issues say more then.
 */
export function otherJson(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.includes('version') || keys.includes('nodes')) return undefined;
  if (keys.includes('statements') || keys.includes('arguments')) {
    return "this is Argdown's JSON export (its statements and arguments), which this app does not read: open the .argdown file it was made from";
  }
  const shown = keys.slice(0, 5).map((k) => `"${k.slice(0, 40)}"`);
  return `this JSON is no argument map this app reads (it has ${keys.length === 0 ? 'no keys' : `the keys ${shown.join(', ')}${keys.length > 5 ? ', …' : ''}`}): the app opens its own JSON (version, nodes, relations), AIF JSON (nodes with a nodeID), Argdown and Kialo exports`;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
