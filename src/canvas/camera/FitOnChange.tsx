import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { LaidOut } from '../../store/appStore';
import { FIT_VIEW } from './fitView';

/**
 * Frames the whole map again when another map opens or the layout options change, and when
 * ELK's layout replaces the sketch of a big map the reader has not moved about in; folding,
 * filtering and editing keep the viewport, so the reader stays where they were.
 */
export function FitOnChange({
  laidOut,
  map,
  options,
  userMoved,
}: {
  laidOut: LaidOut;
  /** Changes when another map is opened (the store's view epoch). */
  map: number;
  options: unknown;
  userMoved: { current: boolean };
}) {
  const { fitView } = useReactFlow();
  // The first layout is framed by React Flow's own fitView as its boxes arrive, and again a
  // frame later: React Flow takes the boxes in before the zoom limit that comes with them,
  // so a map that needs to be seen from further than 0.05 would be framed cut off.
  const fitted = useRef<{ map: number; options: unknown; sketch: boolean } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a layout arrives, since only then do the new boxes have their places
  useEffect(() => {
    const sketch = laidOut.sketch === true;
    const before = fitted.current;
    fitted.current = { map, options, sketch };
    if (before) {
      const sameView = before.map === map && before.options === options;
      const sketchReplaced = before.sketch && !sketch && !userMoved.current;
      if (sameView && !sketchReplaced) return;
    }
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW));
    return () => cancelAnimationFrame(frame);
  }, [laidOut, map, options, fitView]);
  return null;
}
