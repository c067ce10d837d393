import type { ParseResult } from './parseMap';

/**
 * parseMap, loaded on first use: the schema and its validator library stay out of the page's
 * first load (the bundled map is stored as parseMap returns it, see bundledMap.test.ts).
 */
export async function parseMapLater(value: unknown): Promise<ParseResult> {
  const { parseMap } = await import('./parseMap');
  return parseMap(value);
}
