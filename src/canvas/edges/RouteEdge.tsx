import { BaseEdge, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { Point } from '../../layout/types';
import type { RouteFlowEdge } from '../toFlowElements';
import { markerId } from './EdgeMarkers';

/** An SVG path through ELK's start point, bend points and end point. */
export function routePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}

/** Draws a relation along ELK's route; legs of a linked argument end at the junction unmarked. */
const RouteEdge = memo(({ data }: EdgeProps<RouteFlowEdge>) => {
  if (!data) return null;
  const { route, role } = data;
  return (
    <BaseEdge
      path={routePath(route.points)}
      className={`am-edge am-edge--${route.kind} am-edge--${route.part}${role ? ` am-role--${role}` : ''}`}
      markerEnd={route.part === 'main' ? `url(#${markerId(route.kind)})` : undefined}
      interactionWidth={14}
    />
  );
});

export const edgeTypes: EdgeTypes = { route: RouteEdge };
