import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/useAppStore';
import { shortLabel } from '../shortLabel';
import type { ClaimNodeData } from '../toFlowElements';

/**
 * The corner button that folds a node's reasons away (showing how many nodes that hides) or
 * opens a group drawn as one box. Outside the measured box, so it never covers text.
 */
export function FoldButton({ data }: { data: ClaimNodeData }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  if (data.groupBoxOf) {
    const groupId = data.groupBoxOf;
    return (
      <button
        type="button"
        className="am-fold am-fold--folded nodrag"
        aria-label={t('fold.openGroupNamed', { name: shortLabel(data.node.text) })}
        title={t('fold.openGroup')}
        onClick={(e) => {
          e.stopPropagation();
          store.getState().toggleGroupCollapsed(groupId);
        }}
      >
        {t('fold.openGroupShort')}
      </button>
    );
  }
  if (!data.fold) return null;
  const { folded, hidden } = data.fold;
  const label = folded ? t('fold.unfold', { count: hidden }) : t('fold.fold');
  const name = shortLabel(data.node.text);
  const named = folded
    ? t('fold.unfoldNamed', { count: hidden, name })
    : t('fold.foldNamed', { name });
  return (
    <button
      type="button"
      className={`am-fold nodrag${folded ? ' am-fold--folded' : ''}`}
      aria-label={named}
      title={label}
      aria-expanded={!folded}
      data-testid={`fold-${data.node.id}`}
      onClick={(e) => {
        e.stopPropagation();
        store.getState().toggleCollapsed(data.node.id);
      }}
    >
      {folded ? `+${hidden}` : '−'}
    </button>
  );
}
