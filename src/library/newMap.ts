import { type ArgumentMap, MAP_FORMAT_VERSION } from '../model/types';

/**
 * A map to start from: no claims yet, and the text it will analyse (possibly none). The
 * language tags the text for hyphenation, screen readers and the Argdown export.
 */
export function newMap(title: string, language: string, text = ''): ArgumentMap {
  return {
    version: MAP_FORMAT_VERSION,
    title: title.trim() || 'Untitled map',
    source: { text, language },
    nodes: [],
    relations: [],
    groups: [],
  };
}
