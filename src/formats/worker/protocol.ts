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

/**
 * What was read comes as JSON text: the page parses a thousand nodes from text faster than the
 * structured clone rebuilds them, and its thread is the one the reader feels.
 */
export type ParseAnswer = { kind: 'read'; json: ReadJson } | { kind: 'warmed-up' };

export type ReadResult = ImportResult & { format?: ImportFormatId };
/** `JSON.stringify` of a ReadResult. */
export type ReadJson = string & { readonly __read: ReadResult };
