import { useTranslation } from 'react-i18next';
import type { Density, Direction, LabelLanguage } from '../layout/types';
import { useAppStoreApi } from '../store/useAppStore';

/** Layout direction, spacing and label language: each a choice that survives a reload. */
export function ViewControls() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const options = store((s) => s.options);
  const set = store.getState().setOptions;
  return (
    <fieldset className="am-view-controls">
      <legend>{t('filter.layout')}</legend>
      <label>
        <span>{t('view.layout')}</span>
        <select
          value={options.direction}
          onChange={(e) => set({ direction: e.currentTarget.value as Direction })}
        >
          <option value="up">{t('view.up')}</option>
          <option value="right">{t('view.right')}</option>
        </select>
      </label>
      <label>
        <span>{t('view.spacing')}</span>
        <select
          value={options.density}
          onChange={(e) => set({ density: e.currentTarget.value as Density })}
        >
          <option value="compact">{t('view.compact')}</option>
          <option value="roomy">{t('view.roomy')}</option>
        </select>
      </label>
      <label>
        <span>{t('view.labels')}</span>
        <select
          value={options.labels}
          onChange={(e) => set({ labels: e.currentTarget.value as LabelLanguage })}
        >
          <option value="source">{t('view.source')}</option>
          <option value="gloss">{t('view.gloss')}</option>
        </select>
      </label>
    </fieldset>
  );
}
