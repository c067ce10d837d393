import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMap } from '../model/parseMap';
import { useAppStoreApi } from '../store/useAppStore';

const MAX_BYTES = 20 * 1024 * 1024;

/** Opens a map file from disk; a bad file is reported and the open map stays. */
export function OpenMapButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const inputId = useId();
  const onFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      store.getState().rejectFile({
        name: file.name,
        issues: [
          {
            path: '',
            message: t('rejected.tooBig', { size: (file.size / 1e6).toFixed(1) }),
          },
        ],
      });
      return;
    }
    const result = parseMap(await file.text());
    if (result.ok) store.getState().loadMap(result.map);
    else store.getState().rejectFile({ name: file.name, issues: result.issues });
  };
  return (
    <>
      <label htmlFor={inputId} className="am-button">
        {t('app.openMap')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="am-visually-hidden"
        data-testid="open-map"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
