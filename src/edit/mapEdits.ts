import type { ArgumentMap } from '../model/types';
import { type EditResult, refuse } from './editResult';
import { relocateQuotes } from './relocateQuotes';

const MAX_TITLE = 200;

export function setTitle(map: ArgumentMap, title: string): EditResult {
  const trimmed = title.trim();
  if (trimmed === '') return refuse('the map needs a title');
  if (trimmed.length > MAX_TITLE) {
    return refuse(`the title is longer than ${MAX_TITLE} characters (${trimmed.length})`);
  }
  if (trimmed === map.title) return { ok: true, map };
  return { ok: true, map: { ...map, title: trimmed } };
}

/**
 * Replaces the source text. Quotes follow their words to where they now are; a quote whose
 * words are gone is removed from its node, and its node id reported so the user can re-mark it.
 */
export function setSourceText(
  map: ArgumentMap,
  text: string,
): EditResult<{ lostQuotes: string[] }> {
  if (text === map.source.text) return { ok: true, map, lostQuotes: [] };
  const { nodes, lost } = relocateQuotes(map.nodes, map.source.text, text);
  return {
    ok: true,
    map: { ...map, source: { ...map.source, text }, nodes },
    lostQuotes: lost,
  };
}
