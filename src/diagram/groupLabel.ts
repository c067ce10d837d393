import type { Rect } from '../layout/bounds';
import { GROUP_STYLE } from '../layout/nodeStyle';
import type { GroupBox } from '../layout/types';
import { measureText } from '../measure/measureText';

/** Room either side of a group's title on its backdrop. */
const BACKDROP_PAD = 3;

/**
 * Where a group's title stands: its backdrop, drawn over the lines (a line leaving the group
 * through the title row passes behind the words), and where its text starts. The screen and
 * the exports draw it alike.
 */
export function groupLabelRect(g: GroupBox): Rect & { textX: number } {
  const textX = g.x + GROUP_STYLE.paddingSide;
  return {
    x: textX - BACKDROP_PAD,
    y: g.y + (GROUP_STYLE.paddingTop - GROUP_STYLE.label.lineHeight) / 2,
    width: measureText(g.label, GROUP_STYLE.label.font) + 2 * BACKDROP_PAD,
    height: GROUP_STYLE.label.lineHeight,
    textX,
  };
}
