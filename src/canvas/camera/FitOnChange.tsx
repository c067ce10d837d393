import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { LaidOut } from '../../store/appStore';
import { FIT_VIEW } from './fitView';

/**
 * Frames the whole map again when another map opens or the layout options change; folding,
 * filtering and editing keep the viewport, so the reader stays where they were.
 */
export function FitOnChange({
  laidOut,
  map,
  options,
}: {
  laidOut: LaidOut;
  /** Changes when another map is opened (the store's view epoch). */
  map: number;
  options: unknown;
}) {
  const { fitView } = useReactFlow();
  // The first layout is framed by React Flow's own fitView on mount.
  const fitted = useRef({ map, options });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a layout arrives, since only then do the new boxes have their places
  useEffect(() => {
    if (fitted.current.map === map && fitted.current.options === options) return;
    fitted.current = { map, options };
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW));
    return () => cancelAnimationFrame(frame);
  }, [laidOut, map, options, fitView]);
  return null;
}
