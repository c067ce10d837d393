import type { ReactNode } from 'react';
import type { RelationKind } from '../../model/types';

export const markerId = (kind: RelationKind) => `am-marker-${kind}`;

/** A marker drawn in user space, its tip at (size - 1, size / 2) on the route's end point. */
function Marker({
  kind,
  size,
  children,
}: {
  kind: RelationKind;
  size: number;
  children: ReactNode;
}) {
  return (
    <marker
      id={markerId(kind)}
      viewBox={`0 0 ${size} ${size}`}
      refX={size - 1}
      refY={size / 2}
      markerWidth={size}
      markerHeight={size}
      markerUnits="userSpaceOnUse"
      orient="auto"
    >
      {children}
    </marker>
  );
}

/**
 * Arrowheads that tell relations apart in black and white: a filled arrow for support, a bar
 * for attack (also dashed), an open chevron for "continues" (also dotted).
 */
export function EdgeMarkers() {
  return (
    <svg className="am-marker-defs" aria-hidden="true">
      <defs>
        <Marker kind="support" size={12}>
          <path d="M0 0 L12 6 L0 12 Z" className="am-marker am-marker--support" />
        </Marker>
        <Marker kind="attack" size={14}>
          <path d="M0 1 L10 7 L0 13 Z" className="am-marker am-marker--attack" />
          <rect x="11" y="0" width="3" height="14" className="am-marker am-marker--attack" />
        </Marker>
        <Marker kind="continues" size={12}>
          <path d="M1 1 L11 6 L1 11" fill="none" className="am-marker am-marker--continues" />
        </Marker>
      </defs>
    </svg>
  );
}
