import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { JunctionFlowNode } from '../toFlowElements';

/**
 * Where co-premises join into one arrow (AIF's RA-node), and the point on an inference an
 * undercut attacks.
 */
export const JunctionDot = memo(({ data }: NodeProps<JunctionFlowNode>) => (
  <div
    className={`am-junction am-junction--${data.junction.kind}${data.role ? ` am-role--${data.role}` : ''}`}
    title="inference"
    style={{ width: data.junction.size, height: data.junction.size }}
  >
    {/* An arrow may end here (an undercut), never start. */}
    <Handle
      type="target"
      position={Position.Bottom}
      isConnectableStart={false}
      className="am-handle am-handle--junction"
    />
    <Handle type="source" position={Position.Top} isConnectable={false} className="am-handle" />
  </div>
));
