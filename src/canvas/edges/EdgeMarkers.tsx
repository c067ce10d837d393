import { MARKERS } from '../../diagram/theme';
import { RELATION_KINDS, type RelationKind } from '../../model/types';
import { ShapeElements } from '../nodes/ShapeElements';

export const markerId = (kind: RelationKind) => `am-marker-${kind}`;

/**
 * Arrowheads that tell relations apart in black and white: a filled arrow for support, a bar
 * for attack (also dashed), an open chevron for "continues" (also dotted). Each is drawn in
 * user space, its tip at (size - 1, size / 2) on the route's end point.
 */
export function EdgeMarkers() {
  return (
    <svg className="am-marker-defs" aria-hidden="true">
      <defs>
        {RELATION_KINDS.map((kind) => {
          const { size, shapes } = MARKERS[kind];
          return (
            <marker
              key={kind}
              id={markerId(kind)}
              // app.css paints it in the page's palette; the shapes' own colours are the exports'.
              className={`am-marker--${kind}`}
              viewBox={`0 0 ${size} ${size}`}
              refX={size - 1}
              refY={size / 2}
              markerWidth={size}
              markerHeight={size}
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <ShapeElements shapes={shapes} />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
}
