import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgumentMap } from '../model/types';
import { shareUrl } from '../share';

type Shared = { ok: true; url: string; copied: boolean } | { ok: false; length: number };

/**
 * A link that carries the map itself (compressed, in the part of the address no server sees).
 * A map too big for a link is offered as a file instead.
 */
export function ShareLink({ map, onSaveFile }: { map: ArgumentMap; onSaveFile: () => void }) {
  const { t } = useTranslation();
  const [shared, setShared] = useState<Shared | null>(null);
  const make = async () => {
    const result = shareUrl(map, window.location.origin + window.location.pathname);
    if (!result.ok) {
      setShared(result);
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(result.url);
      copied = true;
    } catch {
      // No clipboard (permissions, insecure origin): the link is shown to copy by hand.
    }
    setShared({ ok: true, url: result.url, copied });
  };
  return (
    <div className="am-share" data-testid="share">
      <button type="button" className="am-button" onClick={() => void make()}>
        {t('library.share')}
      </button>
      {shared?.ok && (
        <>
          <input
            readOnly
            value={shared.url}
            aria-label={t('library.shareLink')}
            data-testid="share-url"
            onFocus={(e) => e.currentTarget.select()}
          />
          <span role="status">{shared.copied ? t('library.copied') : t('library.copyByHand')}</span>
        </>
      )}
      {shared && !shared.ok && (
        <p role="status">
          {t('library.tooBig', { length: shared.length.toLocaleString() })}{' '}
          <button type="button" className="am-button" onClick={onSaveFile}>
            {t('library.saveJson')}
          </button>
        </p>
      )}
    </div>
  );
}
