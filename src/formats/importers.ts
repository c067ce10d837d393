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
      return parsed.ok ? { ok: true, map: parsed.map, warnings: [] } : parsed;
    }
    case 'aif':
      return (await import('./aif/fromAif')).fromAif(text, untitled);
    case 'kialo':
      return (await import('./kialo/fromKialo')).fromKialo(text);
    case 'argdown':
      return (await import('./argdown/fromArgdown')).fromArgdown(text, untitled);
  }
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
