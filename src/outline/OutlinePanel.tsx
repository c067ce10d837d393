import { useTranslation } from 'react-i18next';
import { toUiLanguage } from '../i18n/resources';
import './outline.css';
import { useId, useMemo, useRef } from 'react';
import { outlineOf } from '../explore/outline';
import { useAppStoreApi } from '../store/useAppStore';
import { type OutlineTreeContext, OutlineTreeItem } from './OutlineTreeItem';
import { indexOutline } from './outlineRows';
import { useOutlineTree } from './useOutlineTree';

/**
 * The argument as an indented tree beside the map: the main conclusion, its reasons and
 * objections, their reasons, and so on, each line saying how it bears on the line above.
 * A WAI-ARIA tree: one Tab stop, arrows to move and open, Enter to select the node on the map.
 * Selecting on the map marks, opens and scrolls to the node's line here.
 */
export function OutlinePanel() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const labels = store((s) => s.options.labels);
  const selectedNodeId = store((s) => s.selectedNodeId);
  const index = useMemo(() => indexOutline(outlineOf(map)), [map]);
  const nodesById = useMemo(() => new Map(map.nodes.map((n) => [n.id, n])), [map]);
  const treeRef = useRef<HTMLUListElement>(null);
  const headingId = useId();
  const idPrefix = useId();

  const tree = useOutlineTree(
    index,
    selectedNodeId,
    (nodeId) => {
      store.getState().selectNode(nodeId);
      store.getState().centerOn(nodeId);
    },
    treeRef,
  );

  const ctx: OutlineTreeContext = {
    language: toUiLanguage(i18n.resolvedLanguage),
    idPrefix,
    index,
    nodesById,
    labels,
    sourceLanguage: map.source.language,
    expanded: tree.expanded,
    activeKey: tree.activeKey,
    selectedKey: tree.selectedKey,
    selectedNodeId,
  };

  return (
    <aside className="am-side-panel am-outline" aria-label="Outline" data-testid="outline">
      <h2 id={headingId}>{t('app.outline')}</h2>
      {index.roots.length === 0 ? (
        <p className="am-outline__empty">{t('outline.empty')}</p>
      ) : (
        // The WAI-ARIA tree view pattern on nested lists; items delegate their handling here.
        <ul
          ref={treeRef}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the list is the tree
          role="tree"
          aria-labelledby={headingId}
          className="am-outline__tree"
          onKeyDown={tree.onKeyDown}
          onFocus={tree.onFocus}
          onClick={tree.onClick}
        >
          {index.roots.map((key) => (
            <OutlineTreeItem key={key} itemKey={key} ctx={ctx} />
          ))}
        </ul>
      )}
    </aside>
  );
}
