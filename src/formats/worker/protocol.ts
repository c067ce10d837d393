import type { ImportFormatId } from '../importers';
import type { ImportResult } from '../shared/importResult';

/**
 * What the page asks the parsing worker: open a file, read the editor's Argdown, or read a
 * generated Argdown file for nobody, so that a reader's first file runs compiled code.
 */
export type ParseRequest =
  | { id: number; kind: 'import'; name: string; text: string }
  | { id: number; kind: 'argdown'; text: string }
  | { id: number; kind: 'warm-up' };

export type ParseAnswer =
  | { kind: 'read'; result: ImportResult & { format?: ImportFormatId } }
  | { kind: 'warmed-up' };
