import type { MapLayout } from '../layout/types';
import type { ArgumentMap } from '../model/types';
import { nextTask } from '../workers/nextTask';
import { farPictureOf } from './far/farPicture';
import { isBigLayout } from './farView';
import { contentBoundsOf, firstNodeOf } from './layoutFacts';
import { overviewPictureOf } from './overview/overviewGeometry';

/**
 * Makes what drawing a big layout takes before it is drawn, a task at a time: the far
 * picture's paths, the overview's, its bounds and where the keyboard starts. Made during the
 * render instead, they made the render of a 2000-box map one task of a quarter second, in
 * which the page answered nothing.
 */
export async function prepareDrawing(layout: MapLayout, map: ArgumentMap): Promise<void> {
  if (!isBigLayout(layout)) return;
  await nextTask();
  farPictureOf(layout);
  await nextTask();
  contentBoundsOf(layout);
  firstNodeOf(layout, map);
  overviewPictureOf(layout);
  await nextTask();
}
