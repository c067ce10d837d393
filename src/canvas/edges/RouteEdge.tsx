import { BaseEdge, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import { EDGE_STYLES } from '../../diagram/theme';
import type { RouteFlowEdge } from '../toFlowElements';
import { dashPieces } from './dashPieces';
import { markerId } from './EdgeMarkers';
import { routePath } from './routePath';

/** The carrier of a dashed route holds the marker and the pointer target; its pieces are seen. */
const UNSTROKED = { stroke: 'none' } as const;

/**
 * Draws a relation along ELK's route; legs of a linked argument end at the junction unmarked.
 *
 * A dashed route is drawn as one path per straight piece, the dash pattern carried on from
 * piece to piece: the rasteriser skips the dashes of a single straight line outside the view,
 * but dashes a bent path whole. On a 2000-node map some routes run 50 000 px, and dashing them
 * every frame made panning four times slower (`npm run bench -- --only pan-fps`).
 */
const RouteEdge = memo(({ data }: EdgeProps<RouteFlowEdge>) => {
  if (!data) return null;
  const { route, role } = data;
  const className = `am-edge am-edge--${route.kind} am-edge--${route.part}${role ? ` am-role--${role}` : ''}`;
  const dashed = EDGE_STYLES[route.kind].dash !== undefined;
  return (
    <>
      <BaseEdge
        path={routePath(route.points)}
        className={className}
        style={dashed ? UNSTROKED : undefined}
        markerEnd={route.part === 'main' ? `url(#${markerId(route.kind)})` : undefined}
        interactionWidth={14}
      />
      {dashed &&
        dashPieces(route.points).map((piece) => (
          <path
            key={piece.offset}
            d={`M${piece.from.x},${piece.from.y} L${piece.to.x},${piece.to.y}`}
            className={`react-flow__edge-path am-edge--piece ${className}`}
            style={{ strokeDashoffset: piece.offset }}
          />
        ))}
    </>
  );
});

export const edgeTypes: EdgeTypes = { route: RouteEdge };
