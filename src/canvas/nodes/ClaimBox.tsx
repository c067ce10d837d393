import { Handle, Position } from '@xyflow/react';
import { useContext } from 'react';
import { TAG_STRIPE, tagColourIndex } from '../../diagram/tagColour';
import { BOX_STYLES } from '../../diagram/theme';
import { NodeTextEditor } from '../../editing/NodeTextEditor';
import { NODE_STYLE } from '../../layout/nodeStyle';
import { FarView } from '../farView';
import type { ClaimNodeData } from '../toFlowElements';
import { FoldButton } from './FoldButton';
import { KindIcon } from './KindIcon';

const s = NODE_STYLE;

/**
 * The box every node kind shares. It draws the lines the layout computed, one element per
 * line and no browser wrapping, so what was measured is exactly what is shown. Seen from far
 * away it draws the box alone: the words could not be read, and leaving them out of the page
 * makes drawing a fitted map of thousands of boxes several times cheaper.
 */
export function ClaimBox({ data, selected }: { data: ClaimNodeData; selected: boolean }) {
  const { box, node } = data;
  // A box being edited or looked at keeps its words whatever the zoom.
  const far = useContext(FarView) && !data.editing && !selected;
  const classes = ['am-node', `am-node--${node.kind}`];
  if (node.implicit) classes.push('am-node--implicit');
  if (node.breaksOff) classes.push('am-node--breaks-off');
  if (node.standsFor) classes.push('am-node--group-box');
  if (selected) classes.push('am-node--selected');
  if (data.hovered) classes.push('am-node--hovered');
  if (data.role) classes.push(`am-role--${data.role}`);
  return (
    <div
      className={classes.join(' ')}
      data-node-id={node.id}
      style={{
        width: box.width,
        height: box.height,
        borderWidth: s.border,
        padding: `${s.paddingTop}px ${s.paddingX}px ${s.paddingBottom}px`,
        // The first tag's colour, inside the left edge: the measured size stays as it was.
        // Both colours are app.css variables, so they follow the page's theme.
        ...(node.tags?.[0] && {
          boxShadow: [
            `inset ${TAG_STRIPE}px 0 0 var(--am-tag-${tagColourIndex(node.tags[0])})`,
            // The conclusion's halo (app.css) would be replaced otherwise.
            BOX_STYLES[node.kind].halo && '0 0 0 3px var(--am-conclusion-halo)',
          ]
            .filter(Boolean)
            .join(', '),
        }),
      }}
    >
      {/* Drag from the top dot of a reason to the claim it bears on (see MapCanvas onConnect). */}
      <Handle type="target" position={Position.Bottom} className="am-handle" />
      {!far && (
        <>
          <div
            className="am-node__header"
            style={{
              fontSize: s.header.font.size,
              fontWeight: s.header.font.weight,
              lineHeight: `${s.header.lineHeight}px`,
              marginBottom: s.header.gap,
              gap: s.header.iconGap,
            }}
          >
            <KindIcon kind={node.kind} size={s.header.icon} group={node.standsFor !== undefined} />
            <span>{box.header}</span>
          </div>
          <div
            className="am-node__text"
            lang={data.lang}
            style={{
              fontSize: s.body.font.size,
              fontWeight: s.body.font.weight,
              lineHeight: `${s.body.lineHeight}px`,
            }}
          >
            {data.editing && <NodeTextEditor node={node} />}
            {box.lines.map((line, i) => (
              // Lines are positional: the same text may repeat, so the index is the identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <div key={i} className="am-line">
                {line}
              </div>
            ))}
          </div>
        </>
      )}
      <Handle type="source" position={Position.Top} className="am-handle am-handle--source" />
      {!far && <FoldButton data={data} />}
    </div>
  );
}
