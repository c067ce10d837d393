import { describe, expect, it } from 'vitest';
import { loadDefaultMap, longChain, tinyMap } from '../explore/testMaps';
import { parseMap } from '../model/parseMap';
import { type ArgumentMap, formatIssue, type Tour } from '../model/types';
import { generateTour, type TourOrder } from './generateTour';

const ORDERS: TourOrder[] = ['leaves-first', 'conclusion-first'];

/** Node id -> index of the step that reveals it. */
function stepOf(tour: Tour): Map<string, number> {
  const result = new Map<string, number>();
  tour.steps.forEach((s, i) => {
    for (const n of s.nodes) result.set(n, i);
  });
  return result;
}

function at(tour: Tour, id: string): number {
  const i = stepOf(tour).get(id);
  if (i === undefined) throw new Error(`"${id}" is not in the tour`);
  return i;
}

function expectEveryNodeOnce(map: ArgumentMap, tour: Tour): void {
  const revealed = tour.steps.flatMap((s) => s.nodes);
  expect([...revealed].sort()).toEqual(map.nodes.map((n) => n.id).sort());
  for (const s of tour.steps) expect(s.nodes.length, s.id).toBeGreaterThan(0);
}

/** [premise, target] of every support or attack aimed at a node. */
function inferenceEdges(map: ArgumentMap): [string, string][] {
  const nodes = new Set(map.nodes.map((n) => n.id));
  return map.relations
    .filter((r) => r.kind !== 'continues' && nodes.has(r.to))
    .flatMap((r) => r.from.map((f): [string, string] => [f, r.to]));
}

function expectValidWith(map: ArgumentMap, tour: Tour): void {
  const result = parseMap({ ...map, tours: [...(map.tours ?? []), tour] });
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
}

function withoutTours(map: ArgumentMap): ArgumentMap {
  const { tours: _tours, ...rest } = map;
  return rest;
}

describe('generateTour on the default map', () => {
  const map = withoutTours(loadDefaultMap());

  it.each(ORDERS)('%s: reveals every node exactly once and passes the model rules', (order) => {
    const tour = generateTour(map, order);
    expectEveryNodeOnce(map, tour);
    expectValidWith(map, tour);
  });

  it('leaves-first: builds each claim from its reasons and ends the argument at the conclusion', () => {
    const tour = generateTour(map, 'leaves-first');
    for (const [premise, target] of inferenceEdges(map)) {
      expect(at(tour, premise), `${premise} -> ${target}`).toBeLessThanOrEqual(at(tour, target));
    }
    // The first step is a whole small argument: a claim with its reason, not a lone leaf.
    expect(tour.steps[0]?.nodes).toEqual(['coordination-body', 'feasibility']);
    // After the conclusion come only the nodes linked by reading order, one step each.
    const last = at(tour, 'conclusion');
    expect(tour.steps.slice(last + 1).map((s) => s.nodes)).toEqual([
      ['orientation-question'],
      ['cooperative-defence'],
    ]);
    // Co-premises are revealed before the conclusion they support together, in one step.
    expect(at(tour, 'further-capabilities')).toBe(at(tour, 'core-functions-lost'));
  });

  it('conclusion-first: starts at the conclusion and reveals reasons after what they support', () => {
    const tour = generateTour(map, 'conclusion-first');
    expect(tour.steps[0]?.nodes).toEqual(['conclusion']);
    expect(tour.steps[1]?.nodes).toEqual([
      'further-capabilities',
      'core-functions-lost',
      'traditional-view',
    ]);
    for (const [premise, target] of inferenceEdges(map)) {
      expect(at(tour, premise), `${premise} -> ${target}`).toBeGreaterThanOrEqual(at(tour, target));
    }
    expect(tour.steps.at(-1)?.nodes).toEqual(['cooperative-defence']);
  });

  it('titles each step with the first words of its claim, in English and German', () => {
    const tour = generateTour(map, 'leaves-first');
    expect(tour.steps[0]?.title).toEqual({
      en: 'As such it makes those actions more feasible.',
      de: 'Als solche verbessert sie die Durchführbarkeit…',
    });
    expect(tour.title.de).toBeTruthy();
    for (const order of ORDERS) {
      for (const step of generateTour(map, order).steps) {
        for (const l of ['en', 'de']) {
          expect(step.title?.[l], `${step.id} ${l}`).toBeTruthy();
          // Captions are projected under the map: short enough to read at a glance.
          expect(step.caption?.[l]?.length, `${step.id} ${l}`).toBeLessThanOrEqual(120);
        }
      }
    }
  });

  it('writes one interface language when asked, keeping English to fall back on', () => {
    const de = generateTour(map, 'leaves-first', 'de-CH');
    expect(Object.keys(de.steps[0]?.caption ?? {})).toEqual(['en', 'de']);
    const fr = generateTour(map, 'leaves-first', 'fr');
    expect(Object.keys(fr.title)).toEqual(['en']);
  });

  it('takes an id no tour of the map has yet', () => {
    const first = generateTour(map);
    const second = generateTour({ ...map, tours: [first] });
    expect(second.id).not.toBe(first.id);
    expectValidWith({ ...map, tours: [first] }, second);
  });
});

describe('generateTour on small maps', () => {
  it.each(ORDERS)('%s: co-premises land in the same step', (order) => {
    // c rests on a and b together; a has a reason of its own, b has none.
    const map = tinyMap(
      [{ id: 'c', kind: 'conclusion' }, 'a', 'b', 'x'],
      [
        ['r1', 'support', ['a', 'b'], 'c'],
        ['r2', 'support', 'x', 'a'],
      ],
    );
    const tour = generateTour(map, order);
    expectEveryNodeOnce(map, tour);
    expect(at(tour, 'a')).toBe(at(tour, 'b'));
    if (order === 'leaves-first') {
      expect(tour.steps.map((s) => s.nodes)).toEqual([['a', 'b', 'x'], ['c']]);
    } else {
      expect(tour.steps.map((s) => s.nodes)).toEqual([['c'], ['a', 'b'], ['x']]);
    }
    expectValidWith(map, tour);
  });

  it('an undercut comes with the relation it attacks, or right after when it has reasons', () => {
    // r1: a supports c; d attacks that inference and rests on e; u undercuts r1 with no reason.
    const map = tinyMap(
      ['c', 'a', 'd', 'e', 'u'],
      [
        ['r1', 'support', 'a', 'c'],
        ['r2', 'attack', 'd', 'r1'],
        ['r3', 'support', 'e', 'd'],
        ['r4', 'attack', 'u', 'r1'],
      ],
    );
    const leaves = generateTour(map, 'leaves-first');
    expect(leaves.steps.map((s) => s.nodes)).toEqual([
      ['c', 'a', 'u'],
      ['d', 'e'],
    ]);
    const conclusion = generateTour(map, 'conclusion-first');
    expect(conclusion.steps.map((s) => s.nodes)).toEqual([['c'], ['a', 'd', 'u'], ['e']]);
    for (const tour of [leaves, conclusion]) expectValidWith(map, tour);
  });

  it('leaves-first never shows a claim before a reason it shares with its conclusion', () => {
    // q supports both c and p; p supports a, a supports c.
    const map = tinyMap(
      ['c', 'q', 'a', 'p'],
      [
        ['r1', 'support', 'q', 'c'],
        ['r2', 'support', 'a', 'c'],
        ['r3', 'support', 'p', 'a'],
        ['r4', 'support', 'q', 'p'],
      ],
    );
    const tour = generateTour(map, 'leaves-first');
    expectEveryNodeOnce(map, tour);
    for (const [premise, target] of inferenceEdges(map)) {
      expect(at(tour, premise), `${premise} -> ${target}`).toBeLessThanOrEqual(at(tour, target));
    }
    expect(tour.steps.at(-1)?.nodes).toEqual(['c']);
  });

  it('conclusion-first shows a shared reason with the first claim it reaches', () => {
    // x supports a and d; a is reached before d.
    const map = tinyMap(
      ['c', 'a', 'b', 'd', 'x'],
      [
        ['r1', 'support', 'a', 'c'],
        ['r2', 'support', 'b', 'c'],
        ['r3', 'support', 'd', 'b'],
        ['r4', 'support', 'x', 'a'],
        ['r5', 'support', 'x', 'd'],
      ],
    );
    const tour = generateTour(map, 'conclusion-first');
    expect(tour.steps.map((s) => s.nodes)).toEqual([['c'], ['a', 'b'], ['x'], ['d']]);
  });

  it('puts isolated nodes and nodes linked only by "continues" at the end, in map order', () => {
    const map = tinyMap(
      ['lone', 'c', 'a', 'next', 'q'],
      [
        ['r1', 'support', 'a', 'c'],
        ['r2', 'continues', 'c', 'next'],
        ['r3', 'continues', 'q', 'lone'],
      ],
    );
    for (const order of ORDERS) {
      const tour = generateTour(map, order);
      expectEveryNodeOnce(map, tour);
      expect(tour.steps.slice(-3).map((s) => s.nodes)).toEqual([['lone'], ['next'], ['q']]);
    }
  });

  it.each(ORDERS)('%s: ends on maps that go round in circles', (order) => {
    const map = tinyMap(
      ['c', 'a', 'b', 'x', 'y', 'p', 'q'],
      [
        ['r1', 'support', 'a', 'c'],
        // Mutual rebuttal under a conclusion, and one with no conclusion above it.
        ['r2', 'attack', 'b', 'a'],
        ['r3', 'attack', 'a', 'b'],
        ['r4', 'attack', 'x', 'y'],
        ['r5', 'attack', 'y', 'x'],
        // A support cycle breaks the rules, but a tour of it must still end.
        ['r6', 'support', 'p', 'q'],
        ['r7', 'support', 'q', 'p'],
      ],
    );
    const tour = generateTour(map, order);
    expectEveryNodeOnce(map, tour);
    expect(at(tour, order === 'leaves-first' ? 'a' : 'c')).toBeLessThanOrEqual(at(tour, 'b'));
  });

  it.each(ORDERS)('%s: walks a 10,000-long chain without overflowing the stack', (order) => {
    const map = longChain(10_000);
    const tour = generateTour(map, order);
    expectEveryNodeOnce(map, tour);
    const ends = order === 'leaves-first' ? ['n9999', 'n0'] : ['n0', 'n9999'];
    expect(tour.steps[0]?.nodes).toContain(ends[0]);
    expect(tour.steps.at(-1)?.nodes).toContain(ends[1]);
  });

  it('gives a map with no relations one step per node', () => {
    const map = tinyMap(['a', 'b']);
    for (const order of ORDERS) {
      const tour = generateTour(map, order);
      expect(tour.steps.map((s) => s.nodes)).toEqual([['a'], ['b']]);
      expectValidWith(map, tour);
    }
  });
});
