import { junctionId } from '../layout/elkIds';
import type { MapLayout, Point, PreviousLayout } from '../layout/types';
import type { VisibleMap } from './visibleMap';

/** The picture on screen: a derived map and its layout. */
export interface ShownView {
  visible: VisibleMap;
  layout: MapLayout;
}

/**
 * Where every box of `shown` stood (centres, by id), named as in the `next` view, for ELK to
 * keep their order when it lays `next` out (toElkGraph). A group collapsed since takes its
 * frame's place, and an opened group its stand-in box's place.
 */
export function previousPositions(shown: ShownView, next: VisibleMap): Map<string, Point> {
  const previous = new Map<string, Point>();
  for (const b of [...shown.layout.groups, ...shown.layout.nodes])
    previous.set(b.id, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const before = shown.visible.groupBoxes;
  const after = next.groupBoxes;
  for (const [group, box] of after) {
    const frame = previous.get(group);
    if (!before.has(group) && frame) previous.set(box, frame);
  }
  for (const [group, box] of before) {
    const standIn = previous.get(box);
    if (!after.has(group) && standIn) previous.set(group, standIn);
  }
  return previous;
}

/** What a relayout of `next` keeps of `shown`: its boxes' places and how it was drawn. */
export function previousLayout(shown: ShownView, next: VisibleMap): PreviousLayout {
  const { randomSeed, treeOrder, edges, junctions } = shown.layout;
  const centres = previousPositions(shown, next);
  // Junctions stand in a layer of their own in our tree order (orderTreeLayers).
  for (const j of junctions) {
    centres.set(junctionId(j.relationId), { x: j.x + j.size / 2, y: j.y + j.size / 2 });
  }
  const routes = new Map(edges.map((e) => [e.id, e.points]));
  return { centres, routes, randomSeed, treeOrder };
}
