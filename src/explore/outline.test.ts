import { describe, expect, it } from 'vitest';
import { type OutlineItem, outlineOf } from './outline';
import { loadDefaultMap, longChain, tinyMap } from './testMaps';

/** Every item, depth first, without recursion (the outline may be 10,000 deep). */
function flatten(items: OutlineItem[]): OutlineItem[] {
  const out: OutlineItem[] = [];
  const stack = [...items].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as OutlineItem;
    out.push(item);
    stack.push(...[...item.children].reverse());
  }
  return out;
}

/** A readable one-line-per-item rendering, as a screen reader would walk it. */
function lines(items: OutlineItem[], depth = 0): string[] {
  return items.flatMap((i) => [
    `${'  '.repeat(depth)}${i.kind} ${i.nodeIds.join(' + ')}${i.ref ? ' (see above)' : ''}`,
    ...lines(i.children, depth + 1),
  ]);
}

describe('outlineOf the default map', () => {
  const map = loadDefaultMap();
  const outline = outlineOf(map);

  it('reads from the main conclusion down, with other roots after it', () => {
    expect(lines(outline)).toEqual([
      'root conclusion',
      '  support further-capabilities + core-functions-lost',
      '    support feasibility',
      '      support coordination-body',
      '    support legitimacy',
      '      support wide-participation',
      '      support cooperation-extends',
      '        support nato-opens',
      '          support nato-eu',
      '    support cost-saving',
      '      support burden-sharing',
      '    support realism-declines',
      '  attack traditional-view',
      '    attack core-functions-lost (see above)',
      'root orientation-question',
      '  continues realism-declines (see above)',
      'root cooperative-defence',
      '  continues orientation-question (see above)',
    ]);
  });

  it('names the relation behind each item and lists every node in full exactly once', () => {
    const items = flatten(outline);
    expect(items[1]).toMatchObject({ relationId: 'r-main', kind: 'support', ref: false });
    const full = items
      .filter((i) => !i.ref)
      .flatMap((i) => i.nodeIds.filter((id) => !i.refNodeIds.includes(id)));
    expect(full.sort()).toEqual(map.nodes.map((n) => n.id).sort());
  });
});

describe('outlineOf small maps', () => {
  it('orders children support, attack, undercut, continues', () => {
    const m = tinyMap(
      ['prev', 'o', 'u', { id: 'c', kind: 'conclusion' }, 'a', 'b'],
      [
        ['rc', 'continues', 'prev', 'c'],
        ['ru', 'attack', 'u', 'r1'],
        ['ro', 'attack', 'o', 'c'],
        ['r1', 'support', ['a', 'b'], 'c'],
      ],
    );
    const [root] = outlineOf(m);
    expect(root?.nodeIds).toEqual(['c']);
    expect(root?.children.map((i) => [i.kind, i.relationId, i.nodeIds, i.onRelation])).toEqual([
      ['support', 'r1', ['a', 'b'], null],
      ['attack', 'ro', ['o'], null],
      ['undercut', 'ru', ['u'], 'r1'],
      ['continues', 'rc', ['prev'], null],
    ]);
  });

  it('puts the main conclusion first even when the file lists it later', () => {
    const m = tinyMap(
      ['side', { id: 'main', kind: 'conclusion' }, 'p'],
      [['r', 'support', 'p', 'main']],
    );
    expect(outlineOf(m).map((i) => i.nodeIds[0])).toEqual(['main', 'side']);
  });

  it('a reason shared by two claims is shown once, then referenced', () => {
    const m = tinyMap(
      ['top', 'a', 'b', 'p', 'q'],
      [
        ['ra', 'support', 'a', 'top'],
        ['rb', 'support', 'b', 'top'],
        ['pa', 'support', 'p', 'a'],
        ['pb', 'support', ['p', 'q'], 'b'],
      ],
    );
    expect(lines(outlineOf(m))).toEqual([
      'root top',
      '  support a',
      '    support p',
      '  support b',
      '    support p + q',
    ]);
    const linked = flatten(outlineOf(m)).find((i) => i.relationId === 'pb');
    expect(linked).toMatchObject({ ref: false, refNodeIds: ['p'] });
  });

  it('a circle of attacks with no root still appears, and ends', () => {
    const m = tinyMap(
      ['a', 'b'],
      [
        ['ab', 'attack', 'a', 'b'],
        ['ba', 'attack', 'b', 'a'],
      ],
    );
    expect(lines(outlineOf(m))).toEqual(['root a', '  attack b', '    attack a (see above)']);
  });

  it('a 10,000-deep chain builds without overflowing the stack', () => {
    const items = flatten(outlineOf(longChain(10_000)));
    expect(items).toHaveLength(10_000);
    expect(items.at(-1)?.nodeIds).toEqual(['n9999']);
  });
});
