import type { MapIssue } from '../../model/types';
import { locate } from './position';

/**
 * `@include(other.argdown)` lines: Argdown's command-line tool pulls other files in there; a
 * file opened here is read alone. Left as they are, Argdown's parser misread the file name
 * (`_partial.argdown` as unclosed italics) and refused the whole file.
 */
const INCLUDE = /^[ \t]*@include[ \t]*\(([^)\r\n]*)\)[ \t]*$/gm;

/** The text with each include line emptied (lines keep their numbers), and a warning for each. */
export function withoutIncludes(text: string): { text: string; warnings: MapIssue[] } {
  const warnings: MapIssue[] = [];
  const out = text.replace(INCLUDE, (_line, files: string, offset: number) => {
    const line = text.slice(0, offset).split(/\r\n|\r|\n/).length;
    warnings.push({
      path: locate({ startLine: line, startColumn: 1 }),
      message: `@include(${files.trim()}) is left out: a file opened here is read alone; paste the text of ${files.trim() || 'the included file'} in its place to map it`,
    });
    return '';
  });
  return { text: out, warnings };
}
