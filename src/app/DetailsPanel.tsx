import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateNode } from '../edit/nodeEdits';
import { applyEdit } from '../editing/applyEdit';
import { focusNode } from '../editing/focusNode';
import { toUiLanguage } from '../i18n/resources';
import { shownHeader } from '../layout/nodeHead';
import { useAppStoreApi } from '../store/useAppStore';

// The editing fields load with the first selection, not with the page.
const NodeFields = lazy(() =>
  import('../editing/NodeFields').then((m) => ({ default: m.NodeFields })),
);
const RelationFields = lazy(() =>
  import('../editing/RelationFields').then((m) => ({ default: m.RelationFields })),
);

/**
 * Everything about the selected node, editable: text, gloss, kind, group, arrows, and its
 * words in the source. A selected arrow shows what it joins instead.
 */
export function DetailsPanel() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const layout = store((s) => s.laidOut?.layout);
  // The panel opens a moment after a selection: opening narrows the map, and the second click
  // of a double click (edit in place) must still land on the box it was aimed at.
  const selectedId = useSettled(store((s) => s.selectedNodeId));
  const relationId = useSettled(store((s) => s.selectedRelationId));
  const node = map.nodes.find((n) => n.id === selectedId);
  const relation = map.relations.find((r) => r.id === relationId);
  if (!node && relation) {
    return (
      <aside className="am-details" aria-label={t('edit.relationDetails')} data-testid="details">
        <header>
          <h2>{t('edit.relationDetails')}</h2>
          <button
            type="button"
            onClick={() => store.getState().clearSelection()}
            aria-label={t('details.close')}
          >
            ×
          </button>
        </header>
        <Suspense fallback={null}>
          <RelationFields map={map} relation={relation} />
        </Suspense>
      </aside>
    );
  }
  if (!node) return null;
  return (
    <aside className="am-details" aria-label={t('details.label')} data-testid="details">
      <header>
        <h2>{shownHeader(layout, node, toUiLanguage(i18n.resolvedLanguage))}</h2>
        <button
          type="button"
          onClick={() => {
            store.getState().selectNode(null);
            // As from a dialog: focus goes back to the box these details were about.
            focusNode(node.id);
          }}
          aria-label={t('details.close')}
        >
          ×
        </button>
      </header>
      <Suspense fallback={null}>
        <NodeFields key={node.id} map={map} node={node} />
      </Suspense>
      <h3>{t('details.inText')}</h3>
      {node.quote ? (
        <blockquote lang={map.source.language}>
          {node.quote.text}
          <footer>
            {t('details.characters', { start: node.quote.start, end: node.quote.end })}
            {map.source.page !== undefined ? t('details.page', { page: map.source.page }) : ''}
          </footer>
          <button
            type="button"
            className="am-link-button"
            onClick={() =>
              applyEdit(
                store,
                t('edit.did.quote'),
                updateNode(store.getState().map, node.id, { quote: undefined }),
                (m) => t('edit.refused', { message: m }),
              )
            }
          >
            {t('edit.removeQuote')}
          </button>
        </blockquote>
      ) : (
        <p className="am-details__none">
          {node.implicit ? t('details.implicit') : t('details.noQuote')}
        </p>
      )}
      {node.breaksOff && <p className="am-details__none">{t('details.breaksOff')}</p>}
      {node.said && (
        <>
          <h3>{t('details.said')}</h3>
          <blockquote data-testid="said">
            {node.said.text}
            {node.said.speaker && (
              <footer>{t('details.saidBy', { speaker: node.said.speaker })}</footer>
            )}
          </blockquote>
        </>
      )}
    </aside>
  );
}

/** A double click's second click comes within this of the first (the usual system setting). */
const DOUBLE_CLICK_MS = 300;

/** The value once it has held for a double click's time; a cleared value is taken at once. */
function useSettled<T>(value: T | null): T | null {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === null) {
      setSettled(null);
      return;
    }
    const timer = window.setTimeout(() => setSettled(value), DOUBLE_CLICK_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}
