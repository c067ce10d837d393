import { useTranslation } from 'react-i18next';
import { LANGUAGES, toUiLanguage, type UiLanguage } from '../i18n/resources';
import { useAppStoreApi } from '../store/useAppStore';

const NAMES: Record<UiLanguage, string> = { en: 'English', de: 'Deutsch' };

/** The interface language; i18next remembers the choice. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const current = LANGUAGES.find((l) => i18n.resolvedLanguage === l) ?? 'en';
  return (
    <label className="am-language">
      <span className="am-visually-hidden">{t('app.language')}</span>
      <select
        value={current}
        aria-label={t('app.language')}
        onChange={(e) => {
          const language = toUiLanguage(e.currentTarget.value);
          store.getState().setLinkLanguage(language);
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
