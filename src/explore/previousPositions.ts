import { junctionId } from '../layout/elkIds';
import { layersOnScreen } from '../layout/onScreen';
import type { Direction, MapLayout, Point, PreviousLayout } from '../layout/types';
import type { VisibleMap } from './visibleMap';

/** The picture on screen: a derived map and its layout. */
export interface ShownView {
  visible: VisibleMap;
  layout: MapLayout;
}

/**
 * Where every box of `shown` stood (centres, by id), named as in the `next` view, for ELK to
 * keep their order when it lays `next` out (toElkGraph).
 */
export function previousPositions(shown: ShownView, next: VisibleMap): Map<string, Point> {
  const previous = new Map<string, Point>();
  for (const b of [...shown.layout.groups, ...shown.layout.nodes])
    previous.set(b.id, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  return namedForNext(previous, shown, next);
}

/**
 * Values kept by box id in `shown`, named as in the `next` view: a group collapsed since takes
 * its frame's value, and an opened group its stand-in box's.
 */
function namedForNext<T>(
  values: Map<string, T>,
  shown: ShownView,
  next: VisibleMap,
): Map<string, T> {
  const before = shown.visible.groupBoxes;
  const after = next.groupBoxes;
  for (const [group, box] of after) {
    const frame = values.get(group);
    if (!before.has(group) && frame !== undefined) values.set(box, frame);
  }
  for (const [group, box] of before) {
    const standIn = values.get(box);
    if (!after.has(group) && standIn !== undefined) values.set(group, standIn);
  }
  return values;
}

/**
 * What a relayout of `next` keeps of `shown`: its boxes' places, its layers and how it was
 * drawn. `direction`: the way `shown` grows (its layers are read off the screen when ELK's own
 * layering drew it).
 */
export function previousLayout(
  shown: ShownView,
  next: VisibleMap,
  direction: Direction = 'up',
): PreviousLayout {
  const { randomSeed, treeOrder, treeLayers, edges, junctions, remembered } = shown.layout;
  const centres = previousPositions(shown, next);
  // Boxes shown again (a fold opened, a filter lifted) go back where they last stood: in our
  // tree order, which keeps places (orderTreeLayers); ELK's own sweep, given old places for
  // them as hints, moved the boxes around an opened fold more, not less.
  const shownAgain = treeOrder ? [...next.map.nodes, ...next.map.groups] : [];
  for (const id of shownAgain.map((b) => b.id)) {
    const place = remembered?.[id];
    if (place && !centres.has(id)) centres.set(id, place);
  }
  // Junctions stand in a layer of their own in our tree order (orderTreeLayers).
  for (const j of junctions) {
    centres.set(junctionId(j.relationId), { x: j.x + j.size / 2, y: j.y + j.size / 2 });
  }
  const routes = new Map(edges.map((e) => [e.id, e.points]));
  // Tree layers as kept, or ELK's own read off the screen: a relayout that keeps the boxes in
  // place keeps them in their layers too (a group's stand-in in its frame's).
  const onScreen = treeLayers
    ? new Map(Object.entries(treeLayers))
    : layersOnScreen(shown.layout, direction);
  const layers = namedForNext(onScreen, shown, next);
  return {
    centres,
    routes,
    randomSeed,
    treeOrder,
    layers,
    frames: new Set(shown.layout.groups.map((g) => g.id)),
    ...(remembered ? { remembered } : {}),
  };
}
