import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_STYLE } from '../../layout/nodeStyle';
import { useAppStoreApi } from '../../store/useAppStore';
import { shortLabel } from '../shortLabel';
import type { GroupFlowNode, GroupLabelFlowNode } from '../toFlowElements';

/** A frame around a group's members (an ELK compound node); its title is GroupLabel. */
export const GroupFrame = memo(({ data }: NodeProps<GroupFlowNode>) => (
  <div className="am-group" style={{ width: data.box.width, height: data.box.height }}>
    <GroupFoldButton groupId={data.box.id} label={data.box.label} />
  </div>
));

/**
 * A group's title on a backdrop of the frame's colour. The frame lies under the lines (they
 * run inside it); the title, a node of its own, lies over them, so a line leaving the group
 * through the title row passes behind the words instead of through them.
 */
export const GroupLabel = memo(({ data }: NodeProps<GroupLabelFlowNode>) => (
  <div
    className="am-group__label"
    style={{
      fontSize: GROUP_STYLE.label.font.size,
      fontWeight: GROUP_STYLE.label.font.weight,
      lineHeight: `${GROUP_STYLE.label.lineHeight}px`,
    }}
  >
    {data.box.label}
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
