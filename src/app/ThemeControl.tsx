import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';
import { THEME_CHOICES } from '../theme/themeChoice';

/** System, light or dark colours: one click each, kept for the next visit. */
export function ThemeControl() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const theme = store((s) => s.theme);
  return (
    <fieldset className="am-filter__row">
      <legend>{t('view.theme')}</legend>
      {THEME_CHOICES.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name="am-theme"
            value={choice}
            checked={theme === choice}
            onChange={() => store.getState().setTheme(choice)}
          />
          {t(`view.${choice}`)}
        </label>
      ))}
    </fieldset>
  );
}
