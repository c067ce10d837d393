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
  // The first layout is framed by React Flow's own fitView on mount.
  const fitted = useRef({ map, options, sketch: laidOut.sketch === true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a layout arrives, since only then do the new boxes have their places
  useEffect(() => {
    const sketch = laidOut.sketch === true;
    const sameView = fitted.current.map === map && fitted.current.options === options;
    const sketchReplaced = fitted.current.sketch && !sketch && !userMoved.current;
    fitted.current = { map, options, sketch };
    if (sameView && !sketchReplaced) return;
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW));
    return () => cancelAnimationFrame(frame);
  }, [laidOut, map, options, fitView]);
  return null;
}
