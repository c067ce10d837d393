import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { dismissFirstPicture } from './firstPicture';

/**
 * Inside React Flow: takes the build's picture of the map away once React Flow has the map's
 * boxes and has framed them, so the reader sees the picture turn into the map in place.
 */
export function FirstPictureHandover() {
  const framed = useStore((s) => s.nodeLookup.size > 0 && !s.fitViewQueued);
  useEffect(() => {
    if (!framed) return;
    // Two frames: the boxes just placed are painted before the picture goes.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => dismissFirstPicture(document));
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [framed]);
  return null;
}
