import { firstNode } from '../explore/keyboardNav';
import { contentBounds } from '../layout/bounds';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap } from '../model/types';
import { oncePer } from './oncePer';

// What the view asks of a layout more than once, made once per layout (see prepareDrawing).

/** The drawing's bounds: the overview, the fit and the whole-map check all ask. */
export const contentBoundsOf = oncePer(contentBounds);

/** The box the keyboard starts from (the main conclusion), on a layout of `map`. */
export const firstNodeOf = oncePer((layout: MapLayout, map: ArgumentMap) => firstNode(map, layout));
