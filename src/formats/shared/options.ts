import type { LabelLanguage } from '../../layout/types';
import type { ArgumentMap } from '../../model/types';

export interface ExportOptions {
  /** Which text is a node's label: the source-language wording (default) or the English gloss. */
  labels?: LabelLanguage;
}

/** Every data exporter: a pure function from the map to the file's text. */
export type Exporter = (map: ArgumentMap, options?: ExportOptions) => string;

export function labelsOf(options: ExportOptions | undefined): LabelLanguage {
  return options?.labels ?? 'source';
}
