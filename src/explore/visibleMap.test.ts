import { describe, expect, it } from 'vitest';
import { generateMap } from '../demo/generateMap';
import { checkMapRules } from '../model/rules';
import { type ArgumentMap, NODE_KINDS } from '../model/types';
import { loadDefaultMap, longChain, tinyMap } from './testMaps';
import { foldableNodes, NO_FILTER, type ViewFilter, visibleMap } from './visibleMap';

const map = loadDefaultMap();
const view = (v: Partial<ViewFilter>): ViewFilter => ({ ...NO_FILTER, ...v });
const ids = (m: ArgumentMap) => m.nodes.map((n) => n.id);
const relIds = (m: ArgumentMap) => m.relations.map((r) => r.id);
const rel = (m: ArgumentMap, id: string) => m.relations.find((r) => r.id === id);

describe('visibleMap on the default map', () => {
  it('with nothing hidden gives the same map back, without the tours', () => {
    const v = visibleMap(map, NO_FILTER);
    const { tours, ...drawn } = map;
    expect(tours?.length).toBeGreaterThan(0);
    expect(v.map).toEqual(drawn);
    expect(v.hiddenBelow.size).toBe(0);
    expect(v.groupBoxes.size).toBe(0);
  });

  it('collapsing a claim folds its reasons away and counts them for the badge', () => {
    const v = visibleMap(map, view({ collapsed: ['legitimacy'] }));
    expect(ids(v.map)).toContain('legitimacy');
    for (const gone of ['wide-participation', 'cooperation-extends', 'nato-opens', 'nato-eu']) {
      expect(ids(v.map)).not.toContain(gone);
    }
    expect(v.hiddenBelow.get('legitimacy')).toBe(4);
    expect(relIds(v.map)).not.toContain('r-participation');
    expect(relIds(v.map)).toContain('r-legitimacy');
    expect(v.map.groups.find((g) => g.id === 'g-legitimacy')?.members).toEqual(['legitimacy']);
    expect(checkMapRules(v.map)).toEqual([]);
  });

  it('collapsing the conclusion leaves only it and the reading-order tail', () => {
    const v = visibleMap(map, view({ collapsed: ['conclusion'] }));
    expect(ids(v.map)).toEqual(['conclusion', 'orientation-question', 'cooperative-defence']);
    expect(v.hiddenBelow.get('conclusion')).toBe(13);
    expect(relIds(v.map)).toEqual(['r-first-option']);
    expect(checkMapRules(v.map)).toEqual([]);
  });

  it('a folded node hidden inside another fold gets no badge', () => {
    const v = visibleMap(map, view({ collapsed: ['further-capabilities', 'legitimacy'] }));
    expect(ids(v.map)).not.toContain('legitimacy');
    expect(v.hiddenBelow.has('legitimacy')).toBe(false);
    expect(v.hiddenBelow.get('further-capabilities')).toBe(9);
  });

  it('hiding objections (or implicit nodes) removes the objection and its attacks', () => {
    for (const v of [
      visibleMap(map, view({ hiddenKinds: ['objection'] })),
      visibleMap(map, view({ hideImplicit: true })),
    ]) {
      expect(ids(v.map)).not.toContain('traditional-view');
      expect(ids(v.map)).toContain('core-functions-lost');
      expect(relIds(v.map)).not.toContain('r-traditional');
      expect(relIds(v.map)).not.toContain('r-loss-refutes');
      expect(checkMapRules(v.map)).toEqual([]);
    }
  });

  it('hiding a relation kind keeps the nodes', () => {
    const v = visibleMap(map, view({ hiddenRelationKinds: ['continues'] }));
    expect(ids(v.map)).toEqual(ids(map));
    expect(relIds(v.map)).not.toContain('r-question');
    expect(relIds(v.map)).not.toContain('r-first-option');
  });

  it('hiding a group hides its members; a linked support keeps its other premise', () => {
    const v = visibleMap(map, view({ hiddenGroups: ['g-section-6'] }));
    expect(ids(v.map)).not.toContain('core-functions-lost');
    expect(rel(v.map, 'r-main')?.from).toEqual(['further-capabilities']);
    expect(relIds(v.map)).not.toContain('r-loss-refutes');
    expect(v.map.groups.map((g) => g.id)).not.toContain('g-section-6');
    expect(checkMapRules(v.map)).toEqual([]);
  });

  it('a collapsed group is one box in its first member’s place, edges redirected', () => {
    const v = visibleMap(map, view({ collapsedGroups: ['g-legitimacy'] }));
    const box = v.groupBoxes.get('g-legitimacy') as string;
    expect(box).toBe('group:g-legitimacy');
    expect(ids(v.map).indexOf(box)).toBe(ids(map).indexOf('legitimacy'));
    expect(v.map.nodes.find((n) => n.id === box)).toEqual({
      id: box,
      kind: 'claim',
      implicit: false,
      text: 'Funktion 2: Legitimation',
      gloss: 'Funktion 2: Legitimation',
      // Marked as a folded group (its header says so), not a claim of the text.
      standsFor: { group: 'g-legitimacy', members: 5 },
    });
    expect(rel(v.map, 'r-legitimacy')).toMatchObject({ from: [box], to: 'further-capabilities' });
    for (const inside of ['r-participation', 'r-cooperation', 'r-opens', 'r-nato-eu']) {
      expect(relIds(v.map)).not.toContain(inside);
    }
    expect(v.map.groups.map((g) => g.id)).not.toContain('g-legitimacy');
    expect(checkMapRules(v.map)).toEqual([]);
  });

  it('a boxed group joins a linked argument as one co-premise', () => {
    const v = visibleMap(map, view({ collapsedGroups: ['g-section-6'] }));
    expect(rel(v.map, 'r-main')?.from).toEqual(['further-capabilities', 'group:g-section-6']);
    expect(rel(v.map, 'r-loss-refutes')).toMatchObject({
      from: ['group:g-section-6'],
      to: 'traditional-view',
    });
    expect(relIds(v.map)).not.toContain('r-question');
  });

  it('every combination of view settings gives a valid map', () => {
    const settings: ViewFilter[] = [
      ...map.nodes.map((n) => view({ collapsed: [n.id] })),
      ...map.groups.map((g) => view({ collapsedGroups: [g.id] })),
      ...map.groups.map((g) => view({ hiddenGroups: [g.id] })),
      ...NODE_KINDS.map((k) => view({ hiddenKinds: [k] })),
      view({
        collapsed: map.nodes.map((n) => n.id),
        collapsedGroups: map.groups.map((g) => g.id),
      }),
      view({ collapsed: ['legitimacy'], collapsedGroups: ['g-legitimacy', 'g-section-6'] }),
      view({ hiddenRelationKinds: ['support'], collapsedGroups: ['g-burden'] }),
    ];
    for (const s of settings) {
      expect(checkMapRules(visibleMap(map, s).map), JSON.stringify(s)).toEqual([]);
    }
  });
});

describe('visibleMap on small maps', () => {
  it('a reason shared with a visible claim stays when one of its claims is folded', () => {
    const m = tinyMap(
      ['top', 'a', 'b', 'p', 'q'],
      [
        ['ra', 'support', 'a', 'top'],
        ['rb', 'support', 'b', 'top'],
        ['pa', 'support', 'p', 'a'],
        ['pb', 'support', 'p', 'b'],
        ['qp', 'support', 'q', 'p'],
      ],
    );
    const one = visibleMap(m, view({ collapsed: ['a'] }));
    expect(ids(one.map)).toEqual(ids(m));
    expect(one.hiddenBelow.get('a')).toBe(0);
    const both = visibleMap(m, view({ collapsed: ['a', 'b'] }));
    expect(ids(both.map)).toEqual(['top', 'a', 'b']);
  });

  it('an objection that also attacks something visible stays', () => {
    const m = tinyMap(
      ['top', 'a', 'y', 'o'],
      [
        ['ra', 'support', 'a', 'top'],
        ['ry', 'support', 'y', 'top'],
        ['oa', 'attack', 'o', 'a'],
        ['oy', 'attack', 'o', 'y'],
      ],
    );
    const v = visibleMap(m, view({ collapsed: ['a'] }));
    expect(ids(v.map)).toContain('o');
    expect(relIds(v.map)).toContain('oa');
  });

  it('folding a claim hides the undercuts of its inferences and their reasons', () => {
    const m = tinyMap(
      ['c', 'a', 'u', 's'],
      [
        ['r1', 'support', 'a', 'c'],
        ['ru', 'attack', 'u', 'r1'],
        ['rs', 'support', 's', 'u'],
      ],
    );
    const v = visibleMap(m, view({ collapsed: ['c'] }));
    expect(ids(v.map)).toEqual(['c']);
    expect(v.map.relations).toEqual([]);
    expect(v.hiddenBelow.get('c')).toBe(3);
  });

  it('hiding an inference’s premise removes the undercut of that inference too', () => {
    const m = tinyMap(
      ['c', 'a', 'u'],
      [
        ['r1', 'support', 'a', 'c'],
        ['ru', 'attack', 'u', 'r1'],
      ],
    );
    const v = visibleMap(m, view({ hiddenKinds: ['premise'] }));
    expect(relIds(v.map)).toEqual(['r1', 'ru']); // nothing is a premise here
    const w = visibleMap(
      { ...m, nodes: m.nodes.map((n) => (n.id === 'a' ? { ...n, kind: 'premise' } : n)) },
      view({ hiddenKinds: ['premise'] }),
    );
    expect(w.map.relations).toEqual([]);
    expect(ids(w.map)).toEqual(['c', 'u']);
  });

  it('edges that become the same after boxing are merged, undercuts moved to the kept one', () => {
    const m = tinyMap(
      ['x', 'a', 'b', 'u'],
      [
        ['ra', 'support', 'a', 'x'],
        ['rb', 'support', 'b', 'x'],
        ['ru', 'attack', 'u', 'rb'],
      ],
      [{ id: 'g', label: 'A and B', members: ['a', 'b'] }],
    );
    const v = visibleMap(m, view({ collapsedGroups: ['g'] }));
    expect(v.map.relations).toEqual([
      { id: 'ra', kind: 'support', from: ['group:g'], to: 'x' },
      { id: 'ru', kind: 'attack', from: ['u'], to: 'ra' },
    ]);
    expect(checkMapRules(v.map)).toEqual([]);
  });

  it('duplicates written in the file itself are left alone', () => {
    const m = tinyMap(
      ['x', 'a'],
      [
        ['r1', 'support', 'a', 'x'],
        ['r2', 'support', 'a', 'x'],
      ],
    );
    expect(visibleMap(m, view({ hiddenKinds: ['question'] })).map.relations).toHaveLength(2);
  });

  it('boxing that would close a support circle drops the closing edge', () => {
    const m = tinyMap(
      ['a', 'x', 'b'],
      [
        ['ax', 'support', 'a', 'x'],
        ['xb', 'support', 'x', 'b'],
      ],
      [{ id: 'g', members: ['a', 'b'] }],
    );
    const v = visibleMap(m, view({ collapsedGroups: ['g'] }));
    expect(v.map.relations).toHaveLength(1);
    expect(checkMapRules(v.map)).toEqual([]);
  });

  it('the box id never clashes with an existing id', () => {
    const m = tinyMap(
      ['group:g', 'a'],
      [['r', 'support', 'a', 'group:g']],
      [{ id: 'g', members: ['a'] }],
    );
    const v = visibleMap(m, view({ collapsedGroups: ['g'] }));
    expect(v.groupBoxes.get('g')).not.toBe('group:g');
    expect(checkMapRules(v.map)).toEqual([]);
    expect(v.map.relations[0]?.from).toEqual([v.groupBoxes.get('g')]);
  });

  it('ignores unknown ids and folds a 10,000-node chain quickly', () => {
    const m = longChain(10_000);
    expect(visibleMap(m, view({ collapsed: ['nope'], collapsedGroups: ['nope'] })).map).toEqual(m);
    const v = visibleMap(m, view({ collapsed: ['n5000'] }));
    expect(v.map.nodes).toHaveLength(5_001);
    expect(v.hiddenBelow.get('n5000')).toBe(4_999);
  });
});

describe('foldableNodes', () => {
  const hides = (map: ArgumentMap, id: string) =>
    (visibleMap(map, { ...NO_FILTER, collapsed: [id] }).hiddenBelow.get(id) ?? 0) > 0;

  it('offers a fold exactly where folding would hide something', () => {
    const maps = [loadDefaultMap(), ...[1, 2, 3].map((seed) => generateMap({ nodes: 300, seed }))];
    let offered = 0;
    let withheld = 0;
    for (const map of maps) {
      const foldable = foldableNodes(map);
      for (const n of map.nodes) {
        expect(foldable.has(n.id), `${map.title}: ${n.id}`).toBe(hides(map, n.id));
        if (foldable.has(n.id)) offered++;
        else if (map.relations.some((r) => r.to === n.id && r.kind !== 'continues')) withheld++;
      }
    }
    expect(offered).toBeGreaterThan(100);
    // Nodes with reasons that all lead elsewhere too: folding them would hide nothing.
    expect(withheld).toBeGreaterThan(0);
  });

  it('offers no fold on a claim whose only objection also attacks another claim', () => {
    const map = tinyMap(
      ['c', 'd', 'x'],
      [
        ['r1', 'attack', 'x', 'c'],
        ['r2', 'attack', 'x', 'd'],
      ],
    );
    expect(foldableNodes(map).has('c')).toBe(false);
    expect(hides(map, 'c')).toBe(false);
  });
});
