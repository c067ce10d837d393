import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';
import { editCommands } from './editCommands';

export function AddClaimButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="am-button"
      title={t('edit.addClaimHint')}
      onClick={() => editCommands(store, t).addClaim()}
    >
      + {t('edit.addClaim')}
    </button>
  );
}
