/**
 * Ports that keep the edges into a group's member in the order they entered it on screen, on a
 * relayout in our tree order (see orderTreeLayers).
 *
 * Why: ELK orders a group's inside itself (its sweep through the hierarchy keeps no model order
 * there), and members that tie, such as two reasons for the same claim and nothing else, it
 * draws in either order depending on where its sweeps start: a relayout as it stood swapped
 * them, and a fold beside a group mirrored the group. An edge enters a box through a port of
 * its own, and with the ports' order fixed as on screen the sources are no longer tied. Seven
 * 100-box maps laid out again as they stood: 49 boxes moved by over 30 px before (46 drawn
 * rightwards), 5 now, with groupRows' arrangeAsShown and ELK's semi-interactive order
 * inside groups (orderTreeLayers); members tied through different neighbours may still swap.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { memberPortId } from './elkIds';
import type { GroupRows } from './groupRows';

/** Where an edge entered `target` on screen, along the side it entered by; none if not shown. */
export type EndOnScreen = (edge: ElkExtendedEdge, target: string) => number | undefined;

/** Makes the edges into each member of `groups` enter it in the order they did on screen. */
export function enterInOrder(
  edges: readonly ElkExtendedEdge[],
  groups: readonly GroupRows[],
  direction: 'up' | 'right',
  endOnScreen: EndOnScreen,
): void {
  const members = new Map<string, ElkNode>();
  for (const g of groups) for (const m of g.rows.flat()) members.set(m.id, m);
  const into = new Map<string, ElkExtendedEdge[]>();
  for (const e of edges) {
    const target = e.targets[0] ?? '';
    if (!members.has(target)) continue;
    const list = into.get(target);
    if (list) list.push(e);
    else into.set(target, [e]);
  }
  for (const [target, list] of into) {
    if (list.length < 2) continue;
    const ends = list.map((e) => endOnScreen(e, target));
    if (ends.some((x) => x === undefined)) continue;
    const sorted = list
      .map((e, i) => ({ e, at: ends[i] as number }))
      .sort((a, b) => a.at - b.at)
      .map(({ e }) => e);
    // Edges come in from below (upwards) or from the left (rightwards). ELK counts a side's
    // ports clockwise: along those sides from the right and from the bottom, so last first.
    const side = direction === 'up' ? 'SOUTH' : 'WEST';
    const member = members.get(target) as ElkNode;
    member.ports = sorted.reverse().map((e, index) => ({
      id: memberPortId(e.id),
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': side, 'elk.port.index': String(index) },
    }));
    member.layoutOptions = { ...member.layoutOptions, 'elk.portConstraints': 'FIXED_ORDER' };
    for (const e of sorted) e.targets = [memberPortId(e.id)];
  }
}
