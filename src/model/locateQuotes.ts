import type { ArgumentMap, MapIssue } from './types';

/**
 * Sets each quote's offsets to the one place its string occurs in `text`, so authors write
 * only the quoted words. A string found nowhere, or in several places, is reported instead.
 */
export function locateQuotes(
  map: ArgumentMap,
  text: string,
): { map: ArgumentMap; issues: MapIssue[] } {
  const issues: MapIssue[] = [];
  const nodes = map.nodes.map((node, i) => {
    if (!node.quote) return node;
    const found = occurrences(text, node.quote.text);
    if (found.length !== 1) {
      issues.push({
        path: `nodes[${i}].quote`,
        message:
          found.length === 0
            ? 'the quoted string does not occur in the source text'
            : `the quoted string occurs ${found.length} times (at ${found.join(', ')}); quote more words`,
      });
      return node;
    }
    const start = found[0] as number;
    return { ...node, quote: { ...node.quote, start, end: start + node.quote.text.length } };
  });
  return { map: { ...map, source: { ...map.source, text }, nodes }, issues };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}
