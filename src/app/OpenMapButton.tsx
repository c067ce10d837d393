import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../formats/importers';
import { importOffThread } from '../formats/worker/parseOffThread';
import { newMapId } from '../library';
import { useAppStoreApi } from '../store/useAppStore';

const ACCEPT = '.json,.argdown,.ad,.aif,.txt,application/json,text/plain';

// Only the file opened last may replace the map: an earlier, slower import is dropped.
let latestTicket = 0;

/**
 * Opens a map file from disk: the project's JSON, Argdown, AIF or a Kialo export. A bad file
 * is reported and the open map stays; a file that opened with notes (what its import left out
 * or guessed) shows them. It opens as a new map in the library, undoably.
 */
function useOpenMapFile(): (file: File) => Promise<void> {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const onFile = async (file: File) => {
    const ticket = ++latestTicket;
    const reject = (message: string) =>
      store.getState().rejectFile({ name: file.name, issues: [{ path: '', message }] });
    if (file.size > MAX_IMPORT_BYTES) {
      reject(t('rejected.tooBig', { size: (file.size / 1e6).toFixed(1) }));
      return;
    }
    try {
      // Read in a worker: a file of a thousand claims must not freeze the page.
      const result = await importOffThread(file.name, await file.text());
      if (ticket !== latestTicket) return;
      if (!result.ok) {
        store.getState().rejectFile({ name: file.name, issues: result.issues });
        return;
      }
      // A new entry in the library: nothing the user had is overwritten, and Ctrl+Z goes back.
      store.getState().openMap(t('edit.did.open', { name: file.name }), result.map, newMapId());
      if (result.warnings.length > 0)
        store.getState().rejectFile({ name: file.name, issues: result.warnings, opened: true });
    } catch (e) {
      // An importer's own bug must not lose the open map either.
      reject(e instanceof Error ? e.message : String(e));
    }
  };
  return onFile;
}

/** A file dropped anywhere on the page opens as a map; the page says where to drop. */
export function FileDrop() {
  const { t } = useTranslation();
  const onFile = useOpenMapFile();
  const [dragging, setDragging] = useState(false);
  // The window listens once; it always hands files to the latest onFile.
  const onFileRef = useRef(onFile);
  onFileRef.current = onFile;
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void onFileRef.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="am-drop" aria-hidden="true">
      {t('rejected.dropHere')}
    </div>
  );
}

/** The Open button: a file chooser for the formats the app reads; `onChosen` after a pick. */
export function OpenMapButton({ onChosen }: { onChosen?: () => void }) {
  const { t } = useTranslation();
  const onFile = useOpenMapFile();
  const inputId = useId();
  return (
    <>
      <label htmlFor={inputId} className="am-button">
        {t('app.openMap')}
      </label>
      <input
        id={inputId}
        type="file"
        accept={ACCEPT}
        className="am-visually-hidden"
        data-testid="open-map"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void onFile(file);
          onChosen?.();
        }}
      />
    </>
  );
}
