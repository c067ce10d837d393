import { useStore } from '@xyflow/react';
import type { MapLayout } from '../../layout/types';
import { contentBoundsOf } from '../layoutFacts';

const SLACK = 2;

/** True while the viewport shows the whole map; then a minimap would only hide part of it. */
export function useWholeMapVisible(layout: MapLayout): boolean {
  const b = contentBoundsOf(layout);
  return useStore((s) => {
    const [tx, ty, zoom] = s.transform;
    const left = -tx / zoom;
    const top = -ty / zoom;
    return (
      left <= b.x + SLACK &&
      top <= b.y + SLACK &&
      left + s.width / zoom >= b.x + b.width - SLACK &&
      top + s.height / zoom >= b.y + b.height - SLACK
    );
  });
}
