import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenMapButton } from '../app/OpenMapButton';
import { setTitle } from '../edit/mapEdits';
import { applyEdit } from '../editing/applyEdit';
import { useAppStoreApi } from '../store/useAppStore';
import { useLibrary } from './LibraryContext';
import type { LibraryEntry } from './library';
import { newMapId } from './library';
import { NewFromText } from './NewFromText';
import { newMap } from './newMap';
import { ShareLink } from './ShareLink';
import { saveMapFile } from './saveMapFile';

export default function LibraryPanel({ close }: { close: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const { library, defaultMap } = useLibrary();
  const docId = store((s) => s.docId);
  const map = store((s) => s.map);
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [fromText, setFromText] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const refresh = useCallback(() => {
    if (library) void library.list().then(setEntries);
  }, [library]);
  // The open map may have changed a moment ago: list after its save has gone through.
  useEffect(() => {
    const timer = window.setTimeout(refresh, 400);
    return () => window.clearTimeout(timer);
  }, [refresh]);
  const report = (e: unknown) =>
    store.getState().showNotice(e instanceof Error ? e.message : String(e));
  const when = (ms: number) => new Date(ms).toLocaleString(i18n.resolvedLanguage);

  const openEntry = async (id: string) => {
    const record = await library?.load(id);
    if (!record) return report(new Error(t('library.missing')));
    store.getState().openMap(t('edit.did.open', { name: record.title }), record.map, id);
    close();
  };
  const startNew = () => {
    const language = i18n.resolvedLanguage === 'de' ? 'de' : 'en';
    store
      .getState()
      .openMap(t('edit.did.newMap'), newMap(t('library.untitled'), language), newMapId());
    close();
  };
  const rename = async (id: string, title: string) => {
    setRenaming(null);
    if (id === docId) {
      applyEdit(store, t('edit.did.rename'), setTitle(store.getState().map, title), (m) =>
        t('edit.refused', { message: m }),
      );
    } else await library?.rename(id, title).catch(report);
    refresh();
  };
  const duplicate = async (id: string) => {
    if (!library) return;
    // The open map may have a change not yet written: copy what is on screen.
    if (id === docId) {
      const current = store.getState().map;
      const copy = { ...current, title: `${current.title} ${t('library.copySuffix')}` };
      await library.save(newMapId(), copy).catch(report);
    } else await library.duplicate(id, t('library.copySuffix')).catch(report);
    refresh();
  };
  const remove = async (entry: LibraryEntry) => {
    if (!library) return;
    const record = await library.remove(entry.id).catch(report);
    if (!record) return refresh();
    const sideEffect = {
      undo: () => void library.restore(record).then(refresh, report),
      redo: () => void library.remove(record.id).then(refresh, report),
    };
    const label = t('edit.did.deleteMap', { title: entry.title });
    const s = store.getState();
    // Deleting the open map leaves the bundled map on screen; Ctrl+Z brings both back.
    if (entry.id === docId) s.openMap(label, defaultMap, null, { sideEffect });
    else s.openMap(label, s.map, s.docId, { sideEffect });
    store.getState().showNotice(t('library.deleted', { title: entry.title }));
    refresh();
  };
  const save = (format: 'json' | 'argdown') =>
    void saveMapFile(store.getState().map, format).catch(report);

  if (fromText) return <NewFromText onDone={close} onCancel={() => setFromText(false)} />;
  return (
    <>
      <h2 id="am-library-title">{t('library.title')}</h2>
      <div className="am-library__actions">
        <button type="button" className="am-button" onClick={startNew}>
          {t('library.newEmpty')}
        </button>
        <button type="button" className="am-button" onClick={() => setFromText(true)}>
          {t('library.newFromText')}
        </button>
        <OpenMapButton onChosen={close} />
        <button type="button" className="am-button" onClick={() => save('json')}>
          {t('library.saveJson')}
        </button>
        <button type="button" className="am-button" onClick={() => save('argdown')}>
          {t('library.saveArgdown')}
        </button>
      </div>
      <ShareLink map={map} onSaveFile={() => save('json')} />
      {!library && <p className="am-library__warning">{t('library.noStorage')}</p>}
      <ul className="am-library__list" aria-label={t('library.yourMaps')}>
        <li className={docId === null ? 'am-library__current' : undefined}>
          <span className="am-library__name">
            {defaultMap.title}
            <small>{t('library.example')}</small>
          </span>
          <button
            type="button"
            className="am-button"
            disabled={docId === null}
            onClick={() => {
              store
                .getState()
                .openMap(t('edit.did.open', { name: defaultMap.title }), defaultMap, null);
              close();
            }}
          >
            {t('library.openEntry')}
          </button>
        </li>
        {entries.map((e) => (
          <li
            key={e.id}
            className={e.id === docId ? 'am-library__current' : undefined}
            data-testid="library-entry"
          >
            {renaming === e.id ? (
              <form
                className="am-library__name"
                onSubmit={(ev) => {
                  ev.preventDefault();
                  const title = new FormData(ev.currentTarget).get('title');
                  void rename(e.id, String(title ?? ''));
                }}
              >
                <input
                  name="title"
                  defaultValue={e.title}
                  aria-label={t('library.newTitle')}
                  // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this map
                  autoFocus
                />
                <button type="submit" className="am-button">
                  OK
                </button>
              </form>
            ) : (
              <span className="am-library__name">
                {e.title}
                <small>
                  {t('library.entryInfo', { count: e.nodeCount, when: when(e.updatedAt) })}
                  {e.id === docId ? ` · ${t('library.isOpen')}` : ''}
                </small>
              </span>
            )}
            <button
              type="button"
              className="am-button"
              disabled={e.id === docId}
              onClick={() => void openEntry(e.id)}
            >
              {t('library.openEntry')}
            </button>
            <button type="button" className="am-button" onClick={() => setRenaming(e.id)}>
              {t('library.rename')}
            </button>
            <button type="button" className="am-button" onClick={() => void duplicate(e.id)}>
              {t('library.duplicate')}
            </button>
            <button
              type="button"
              className="am-button am-button--danger"
              onClick={() => void remove(e)}
            >
              {t('library.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form method="dialog" className="am-library__close">
        <button type="submit" className="am-button">
          {t('library.close')}
        </button>
      </form>
    </>
  );
}
