import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_BOUND_MS,
  CaseTimer,
  checkParseResult,
  checkPrototypesUntouched,
  damageText,
  jsonMutation,
  jsonText,
  mapFileText,
  mutatedMapFile,
  mutateJson,
  repeated,
  runs,
  textDamage,
  validMapFile,
} from '../formats/shared/arbitraries';
import { parseMap } from './parseMap';

// Property tests: parseMap never throws, refuses with located issues, and what it accepts is a
// map that reads back the same and keeps the model's rules (see src/formats/shared/arbitraries).

const LONG = 60_000;
/** Each property runs thousands of cases: far longer than vitest's default 5 s per test. */
const TIMEOUT = 120_000;

function check(timer: CaseTimer, input: unknown): void {
  const result = timer.run(input, () => parseMap(input));
  checkParseResult(result);
  checkPrototypesUntouched();
}

describe('parseMap (property)', () => {
  it(
    'accepts every generated valid map, as a value and as JSON text',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(validMapFile, (file) => {
          const text = JSON.stringify(file);
          for (const input of [file, text]) {
            const result = timer.run(input, () => parseMap(input));
            if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
            checkParseResult(result);
          }
        }),
        runs(2_000),
      );
      console.info(timer.summary('valid maps'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns a result for mutated maps given as values (dangling ids, wrong types, __proto__ keys, ...)',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(mutatedMapFile, (value) => check(timer, value)),
        runs(10_000),
      );
      console.info(timer.summary('mutated map values'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns a result for mutated and damaged map files given as JSON text',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(mapFileText, (text) => check(timer, text)),
        runs(10_000),
      );
      console.info(timer.summary('mutated map text'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns a result for values no JSON file has (undefined, NaN, cycles, BigInt, functions)',
    () => {
      const timer = new CaseTimer();
      const odd = fc.constantFrom<unknown>(
        undefined,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        10n,
        Symbol('s'),
        () => 1,
        new Date(0),
        new Map(),
        Object.create(null),
      );
      fc.assert(
        fc.property(
          validMapFile,
          fc.array(jsonMutation, { maxLength: 2 }),
          fc.nat(),
          odd,
          fc.boolean(),
          (file, mutations, at, value, cycle) => {
            const mutated = mutateJson(file, mutations) as Record<string, unknown>;
            const input = mutated !== null && typeof mutated === 'object' ? mutated : { mutated };
            // Put the odd value (or the map itself: a cycle) into one of the map's lists.
            const lists = [input.nodes, input.relations, input.groups].filter(Array.isArray);
            const list = lists[at % Math.max(lists.length, 1)];
            const odd2 = cycle ? input : value;
            if (list) list.push(odd2);
            else input.extra = odd2;
            check(timer, input);
          },
        ),
        runs(1_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns a result for any string, any Unicode and any JSON value',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary' }),
            fc.string({ unit: 'grapheme' }),
            fc.json(),
            fc.jsonValue(),
            fc.anything(),
          ),
          (input) => check(timer, input),
        ),
        runs(10_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns in time for big files: long texts, many nodes, deep nesting',
    () => {
      const timer = new CaseTimer();
      // Up to 10,000 nodes (a 1 MB file) in a support chain (closed into one long cycle, or not), a star, or
      // all under one id.
      const bigMap = fc
        .tuple(
          fc.integer({ min: 1, max: 10_000 }),
          fc.constantFrom('chain', 'cycle', 'star', 'dup'),
        )
        .map(([n, shape]) => {
          const ids = Array.from({ length: n }, (_, i) => `n${i}`);
          const relations = ids.slice(1).map((id, i) => ({
            id: `r${i}`,
            kind: 'support',
            from: [id],
            to: shape === 'star' ? 'n0' : (ids[i] ?? 'n0'),
          }));
          if (shape === 'cycle') {
            relations.push({ id: 'back', kind: 'support', from: ['n0'], to: ids.at(-1) ?? 'n0' });
          }
          return JSON.stringify({
            version: 1,
            title: 't',
            source: { text: '', language: 'en' },
            nodes: ids.map((id) => ({ id: shape === 'dup' ? 'n0' : id, kind: 'claim', text: id })),
            relations,
            groups: [],
          });
        });
      const deep = repeated(
        fc.constantFrom('[', '{"a":', '[{"nodes":'),
        LONG,
        fc.constantFrom('', '{"version":1,"x":'),
      );
      const damagedBig = fc
        .tuple(validMapFile, fc.integer({ min: 100, max: 600 }), textDamage)
        .map(([file, n, damage]) => {
          const many = { ...file, nodes: Array.from({ length: n }, () => file.nodes).flat() };
          return damageText(jsonText(many) ?? '', damage);
        });
      fc.assert(
        fc.property(fc.oneof(bigMap, deep, damagedBig), (text) => check(timer, text)),
        runs(40),
      );
      console.info(timer.summary('big map files'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );
});
