import { useTranslation } from 'react-i18next';
import { toUiLanguage } from '../i18n/resources';
import { nodeHeader } from '../layout/nodeText';
import { useAppStoreApi } from '../store/useAppStore';

/** Everything about the selected node: full text, gloss, kind, and its words in the source. */
export function DetailsPanel() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const selectedId = store((s) => s.selectedNodeId);
  const node = map.nodes.find((n) => n.id === selectedId);
  if (!node) return null;
  return (
    <aside className="am-details" aria-label={t('details.label')} data-testid="details">
      <header>
        <h2>{nodeHeader(node, toUiLanguage(i18n.resolvedLanguage))}</h2>
        <button
          type="button"
          onClick={() => store.getState().selectNode(null)}
          aria-label={t('details.close')}
        >
          ×
        </button>
      </header>
      <p className="am-details__text" lang={map.source.language}>
        {node.text}
      </p>
      {node.gloss && (
        <p className="am-details__gloss" lang="en">
          {node.gloss}
        </p>
      )}
      <h3>{t('details.inText')}</h3>
      {node.quote ? (
        <blockquote lang={map.source.language}>
          {node.quote.text}
          <footer>
            {t('details.characters', { start: node.quote.start, end: node.quote.end })}
            {map.source.page !== undefined ? t('details.page', { page: map.source.page }) : ''}
          </footer>
        </blockquote>
      ) : (
        <p className="am-details__none">
          {node.implicit ? t('details.implicit') : t('details.noQuote')}
        </p>
      )}
      {node.breaksOff && <p className="am-details__none">{t('details.breaksOff')}</p>}
    </aside>
  );
}
