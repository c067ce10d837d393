import { createContext } from 'react';

/** Below this zoom body text is under ~4 px on screen: boxes are drawn without their words. */
export const FAR_ZOOM = 0.3;

/**
 * Whether the map is seen from far away. A context rather than node data: when the zoom
 * crosses the line, the boxes in view redraw in the same render as the camera, without
 * React Flow taking in a new node list.
 */
export const FarView = createContext(false);
