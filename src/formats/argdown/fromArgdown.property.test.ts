import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../model/types';
import {
  argdownDocument,
  argdownLineArb,
  CASE_BOUND_MS,
  CaseTimer,
  checkImportResult,
  checkPrototypesUntouched,
  editLines,
  lineEdits,
  repeated,
  runs,
  validMap,
} from '../shared/arbitraries';
import { fromArgdown } from './fromArgdown';
import { toArgdown } from './toArgdown';

// Property tests: fromArgdown never throws, refuses with located issues, and what it accepts is
// a valid map (see src/formats/shared/arbitraries). Argdown's parser takes about a millisecond
// for a small file, so the inputs stay small: size costs more than count.

/** Each property runs thousands of cases: far longer than vitest's default 5 s per test. */
const TIMEOUT = 180_000;

function check(timer: CaseTimer, text: string): void {
  checkImportResult(timer.run(text, () => fromArgdown(text)));
  checkPrototypesUntouched();
}

const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * What a map means, as Argdown can say it: nodes and relations by id (Argdown keeps no order
 * across its blocks), no tours (Argdown has no place for them), no empty tag list or false
 * `breaksOff`, which say the same as none.
 */
const meaning = ({ tours: _tours, ...map }: ArgumentMap) => ({
  ...map,
  nodes: byId(
    map.nodes.map(({ tags, breaksOff, ...node }) => ({
      ...node,
      ...(tags !== undefined && tags.length > 0 && { tags }),
      ...(breaksOff === true && { breaksOff }),
    })),
  ),
  relations: byId(map.relations),
  // A group is a heading, one line: its label's runs of whitespace become one space (minor loss,
  // reported).
  groups: map.groups.map((g) => ({ ...g, label: g.label.replace(/\s+/g, ' ').trim() })),
});

describe('fromArgdown (property)', () => {
  it(
    'returns a checked map or located issues for Argdown composed from its syntax',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(argdownDocument, (text) => check(timer, text)),
        runs(10_000),
      );
      console.info(timer.summary('Argdown-like files'));
      expect(timer.accepted).toBeGreaterThan(1000);
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    "returns a checked map or located issues for the app's own Argdown, edited line by line",
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(
          validMap,
          fc.constantFrom('source' as const, 'gloss' as const),
          lineEdits(argdownLineArb),
          (map, labels, edits) => {
            check(timer, editLines(toArgdown(map, { labels }), edits));
          },
        ),
        runs(2_000),
      );
      console.info(timer.summary('own Argdown, edited'));
      expect(timer.accepted).toBeGreaterThan(300);
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    "reads back the app's own Argdown of every valid map",
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(
          validMap,
          fc.constantFrom('source' as const, 'gloss' as const),
          (map, labels) => {
            const text = toArgdown(map, { labels });
            const result = timer.run(text, () => fromArgdown(text));
            // A map without nodes has no statement: refused by design.
            if (map.nodes.length === 0) return;
            if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
            checkImportResult(result);
            expect(result.warnings).toEqual([]);
            expect(meaning(result.map)).toEqual(meaning(map));
          },
        ),
        runs(1_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns a result for any string and any Unicode',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary' }),
            fc.string({ unit: 'grapheme' }),
            fc.string().map((s) => `[A]: ${s}`),
            fc.string({ unit: 'binary' }).map((s) => `[A]: a\n  + ${s}`),
          ),
          (text) => check(timer, text),
        ),
        runs(3_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns in time for long lines and many lines',
    () => {
      const timer = new CaseTimer();
      const piece = fc.oneof(
        fc.constantFrom(
          ' ',
          '\\\\',
          '[',
          '<',
          '#',
          '#(',
          '{',
          '{a: [',
          '*',
          '_',
          '**a ',
          '@[A] ',
          '[A]: a\n',
          '  + [B]: b\n',
          '  - <C>\n',
          '(1) [P]: p\n',
          '----\n',
          '# h\n',
          '[A]\n  + [A]\n',
          '\n',
          '/*',
          '<!--',
          'a {\n',
          '{a}, ',
          'a\n----\n\n',
        ),
        argdownDocument.map((d) => `${d}\n`),
      );
      const ends = fc.constantFrom('', '[A]: ', '===\ntitle: x\n===\n', '<A>: ', '  + ');
      fc.assert(
        // 20,000 characters of one piece: unclosed `{`, `[`, `<`, `#(`, comments (which would
        // make Argdown's lexer read the rest of the file for each) are refused before Argdown
        // (./guard.ts), and broken lines such as `[A]\n  + [A]\n` stop its parser after a few
        // syntax errors, each of which it recovers from by searching the rest of the file.
        fc.property(repeated(piece, 20_000, ends), (text) => check(timer, text)),
        runs(60),
      );
      console.info(timer.summary('long Argdown'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );
});
