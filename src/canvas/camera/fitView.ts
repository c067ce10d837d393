import type { FitViewOptions } from '@xyflow/react';

// Room on the left for the zoom controls, so no node sits under them at fit view.
// A small map is not blown up past this: boxes as big as a slide's heading look broken.
export const FIT_VIEW: FitViewOptions = {
  padding: { top: '12px', right: '12px', bottom: '12px', left: '52px' },
  maxZoom: 1.5,
  // From far away most boxes are hidden from React Flow (the far picture draws them).
  includeHiddenNodes: true,
};
