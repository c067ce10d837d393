import { downloadBlob } from '../export/browser/download';
import { exportFileName } from '../export/fileName';
import type { ArgumentMap } from '../model/types';

/**
 * Downloads the map as a file the app opens again, named after its title. The exporters load
 * on first use; the map is taken as it is now, before they do.
 */
export async function saveMapFile(map: ArgumentMap, format: 'json' | 'argdown'): Promise<void> {
  const { dataFormat } = await import('../formats/registry');
  const f = dataFormat(format);
  downloadBlob(
    new Blob([f.export(map)], { type: f.mimeType }),
    exportFileName(map.title, f.extension),
  );
}
