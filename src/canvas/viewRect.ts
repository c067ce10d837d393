import type { Rect } from '../layout/bounds';

/** What of React Flow's state says where the pane looks: its size and its transform. */
export interface PaneState {
  width: number;
  height: number;
  transform: [number, number, number];
}

/** The part of the map on screen, in layout coordinates, from React Flow's pane and transform. */
export function viewRect({ width, height, transform: [x, y, zoom] }: PaneState): Rect {
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}
