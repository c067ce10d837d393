import type { ImportFormatId } from '../importers';
import type { ImportResult } from '../shared/importResult';

/** What the page asks the parsing worker: open a file, or read the editor's Argdown. */
export type ParseRequest =
  | { id: number; kind: 'import'; name: string; text: string }
  | { id: number; kind: 'argdown'; text: string };

export type ParseAnswer = { result: ImportResult & { format?: ImportFormatId } };
