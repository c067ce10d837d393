import type { RelationKind } from '../../model/types';

export const markerId = (kind: RelationKind) => `am-marker-${kind}`;

/**
 * Arrowheads that tell relations apart in black and white: a filled arrow for support, a bar
 * for attack (also dashed), an open chevron for "continues" (also dotted).
 */
export function EdgeMarkers() {
  return (
    <svg className="am-marker-defs" aria-hidden="true">
      <defs>
        <marker
          id={markerId('support')}
          viewBox="0 0 12 12"
          refX="11"
          refY="6"
          markerWidth="12"
          markerHeight="12"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0 0 L12 6 L0 12 Z" className="am-marker am-marker--support" />
        </marker>
        <marker
          id={markerId('attack')}
          viewBox="0 0 14 14"
          refX="12"
          refY="7"
          markerWidth="14"
          markerHeight="14"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0 1 L10 7 L0 13 Z" className="am-marker am-marker--attack" />
          <rect x="11" y="0" width="3" height="14" className="am-marker am-marker--attack" />
        </marker>
        <marker
          id={markerId('continues')}
          viewBox="0 0 12 12"
          refX="11"
          refY="6"
          markerWidth="12"
          markerHeight="12"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M1 1 L11 6 L1 11" fill="none" className="am-marker am-marker--continues" />
        </marker>
      </defs>
    </svg>
  );
}
