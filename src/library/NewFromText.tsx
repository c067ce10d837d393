import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';
import { cleanText } from '../text/cleanText';
import { newMapId } from './library';
import { newMap } from './newMap';

const LANGUAGES = ['de', 'en', 'fr', 'it', 'es', 'nl'] as const;

/**
 * A new map from a text to analyse: paste it (or open a text file), compare it with the
 * cleaned version (PDF debris mended: broken words joined, footers taken off) and take one.
 * The map starts empty beside the text; the user makes nodes from its words.
 */
export function NewFromText({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState(i18n.resolvedLanguage === 'de' ? 'de' : 'en');
  const [raw, setRaw] = useState('');
  const cleaned = useMemo(() => (raw.trim() ? cleanText(raw).text : ''), [raw]);
  const start = (text: string) => {
    const map = newMap(title || t('library.untitled'), language, text);
    store.getState().openMap(t('edit.did.newMap'), map, newMapId());
    if (!store.getState().textPanelOpen) store.getState().toggleTextPanel();
    onDone();
  };
  return (
    <div className="am-from-text" data-testid="new-from-text">
      <h2 id="am-library-title">{t('library.newFromText')}</h2>
      <div className="am-field am-field--row">
        <label>
          {t('library.mapTitle')} <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('library.textLanguage')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="am-button">
          {t('library.openText')}
          <input
            type="file"
            accept=".txt,text/plain"
            className="am-visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then(setRaw);
            }}
          />
        </label>
      </div>
      <div className="am-from-text__columns">
        <div className="am-field">
          <label htmlFor={`${id}-raw`}>{t('library.pasted')}</label>
          <textarea
            id={`${id}-raw`}
            rows={14}
            value={raw}
            data-testid="pasted-text"
            placeholder={t('library.pasteHere')}
            onChange={(e) => setRaw(e.target.value)}
          />
        </div>
        <div className="am-field">
          <label htmlFor={`${id}-clean`}>{t('library.cleaned')}</label>
          <textarea id={`${id}-clean`} rows={14} value={cleaned} readOnly lang={language} />
        </div>
      </div>
      <div className="am-library__actions">
        <button
          type="button"
          className="am-button am-button--primary"
          disabled={!cleaned}
          onClick={() => start(cleaned)}
        >
          {t('library.useCleaned')}
        </button>
        <button
          type="button"
          className="am-button"
          disabled={!raw.trim()}
          onClick={() => start(raw.replace(/\r\n?/g, '\n'))}
        >
          {t('library.useRaw')}
        </button>
        <button type="button" className="am-button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </div>
  );
}
