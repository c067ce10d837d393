import type { ArgumentMap } from '../model/types';
import { toAif } from './aif/toAif';
import { toArgdown } from './argdown/toArgdown';
import { toDot } from './dot/toDot';
import { toGraphml } from './graphml/toGraphml';
import { toJson } from './json/toJson';
import { toMermaid } from './mermaid/toMermaid';
import type { ExportOptions } from './shared/options';

export type DataFormatId = 'json' | 'argdown' | 'aif' | 'graphml' | 'dot' | 'mermaid';

export interface DataFormat {
  id: DataFormatId;
  /** The format's name as users know it. */
  label: string;
  /** Appended to the file name, dot included. */
  extension: string;
  mimeType: string;
  export: (map: ArgumentMap, options?: ExportOptions) => string;
}

/** The text formats a map can be saved as, in the order an export menu lists them. */
export const DATA_FORMATS: readonly DataFormat[] = [
  {
    id: 'json',
    label: 'Argument map (JSON)',
    extension: '.json',
    mimeType: 'application/json',
    export: (map) => toJson(map),
  },
  {
    id: 'argdown',
    label: 'Argdown',
    extension: '.argdown',
    mimeType: 'text/plain',
    export: toArgdown,
  },
  {
    id: 'aif',
    label: 'AIF (AIFdb, OVA)',
    extension: '.aif.json',
    mimeType: 'application/json',
    // The one impure step: AIFdb stamps nodes with the time, so the export gets the time now.
    export: (map, options) => toAif(map, { ...options, timestamp: new Date() }),
  },
  {
    id: 'graphml',
    label: 'GraphML (yEd)',
    extension: '.graphml',
    mimeType: 'application/graphml+xml',
    export: toGraphml,
  },
  {
    id: 'dot',
    label: 'Graphviz DOT',
    extension: '.dot',
    mimeType: 'text/vnd.graphviz',
    export: toDot,
  },
  {
    id: 'mermaid',
    label: 'Mermaid',
    extension: '.mmd',
    mimeType: 'text/plain',
    export: toMermaid,
  },
];

/** The format with this id; throws on an id no format has (a programming error). */
export function dataFormat(id: DataFormatId): DataFormat {
  const format = DATA_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`unknown data format "${id}"`);
  return format;
}
