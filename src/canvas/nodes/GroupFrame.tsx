import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_STYLE } from '../../layout/nodeStyle';
import { useAppStoreApi } from '../../store/useAppStore';
import { shortLabel } from '../shortLabel';
import type { GroupFlowNode } from '../toFlowElements';

/** A labelled frame around a group's members (an ELK compound node). */
export const GroupFrame = memo(({ data }: NodeProps<GroupFlowNode>) => (
  <div className="am-group" style={{ width: data.box.width, height: data.box.height }}>
    <div
      className="am-group__label"
      style={{
        fontSize: GROUP_STYLE.label.font.size,
        fontWeight: GROUP_STYLE.label.font.weight,
        lineHeight: `${GROUP_STYLE.label.lineHeight}px`,
        left: GROUP_STYLE.paddingSide,
        top: (GROUP_STYLE.paddingTop - GROUP_STYLE.label.lineHeight) / 2,
      }}
    >
      {data.box.label}
    </div>
    <GroupFoldButton groupId={data.box.id} label={data.box.label} />
  </div>
));

/** Draws the group as one box. */
function GroupFoldButton({ groupId, label }: { groupId: string; label: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="am-group__fold nodrag"
      aria-label={t('fold.groupNamed', { name: shortLabel(label) })}
      title={t('fold.group')}
      data-testid={`fold-group-${groupId}`}
      onClick={(e) => {
        e.stopPropagation();
        store.getState().toggleGroupCollapsed(groupId);
      }}
    >
      −
    </button>
  );
}
