import { downloadBlob } from '../export/browser/download';
import { exportFileName } from '../export/fileName';
import { dataFormat } from '../formats/registry';
import type { ArgumentMap } from '../model/types';

/** Downloads the map as a file the app opens again, named after its title. */
export function saveMapFile(map: ArgumentMap, format: 'json' | 'argdown'): void {
  const f = dataFormat(format);
  downloadBlob(
    new Blob([f.export(map)], { type: f.mimeType }),
    exportFileName(map.title, f.extension),
  );
}
