import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_BOUND_MS,
  CaseTimer,
  checkImportResult,
  checkPrototypesUntouched,
  kialoDocument,
  repeated,
  runs,
  words,
} from '../shared/arbitraries';
import { fromKialo } from './fromKialo';

// Property tests: fromKialo never throws, refuses with located issues, and what it accepts is
// a valid map (see src/formats/shared/arbitraries).

/** Each property runs thousands of cases: far longer than vitest's default 5 s per test. */
const TIMEOUT = 120_000;

function check(timer: CaseTimer, text: string): void {
  checkImportResult(timer.run(text, () => fromKialo(text)));
  checkPrototypesUntouched();
}

/**
 * A well-formed discussion: claim i > 0 hangs under an earlier claim, numbered as Kialo numbers
 * it, labeled Pro or Con; some claims only link to another claim (`-> See 1.2.`).
 */
const kialoTree = fc
  .record({
    claims: fc.array(
      fc.record({
        parent: fc.nat(),
        stance: fc.constantFrom('Pro', 'Con'),
        text: words,
        link: fc.option(fc.nat(), { nil: undefined, freq: 5 }),
      }),
      { maxLength: 15 },
    ),
    title: fc.option(words, { nil: undefined }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ claims, title, eol }) => {
    const numbers = ['1'];
    const children = new Map<string, number>();
    const lines = ['1. The thesis.'];
    for (const [i, c] of claims.entries()) {
      const parent = numbers[c.parent % numbers.length] ?? '1';
      const n = (children.get(parent) ?? 0) + 1;
      children.set(parent, n);
      const number = `${parent}.${n}`;
      numbers.push(number);
      const text = c.link === undefined ? c.text : `-> See ${numbers[c.link % (i + 1)]}.`;
      lines.push(`${number}. ${c.stance}: ${text}`);
    }
    const head = title === undefined ? [] : [`Discussion Title: ${title}`, ''];
    return { text: [...head, ...lines].join(eol), claims: lines.length };
  });

describe('fromKialo (property)', () => {
  it(
    'returns a checked map or located issues for Kialo-like files',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(kialoDocument, (text) => check(timer, text)),
        runs(10_000),
      );
      console.info(timer.summary('Kialo-like files'));
      expect(timer.accepted).toBeGreaterThan(1000);
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'accepts every well-formed discussion, links included, with a node per claim',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(kialoTree, ({ text, claims }) => {
          const result = timer.run(text, () => fromKialo(text));
          if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
          checkImportResult(result);
          const links = text.split(/\r?\n/).filter((l) => l.includes('-> See')).length;
          expect(result.map.nodes).toHaveLength(claims - links);
        }),
        runs(3_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'keeps well-formed Unicode well-formed, also where a long claim is cut',
    () => {
      const timer = new CaseTimer();
      const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
      fc.assert(
        fc.property(
          fc.integer({ min: 4_980, max: 5_010 }),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
          (n, tail) => {
            const text = `Discussion Title: ${'ä'.repeat(n)}${tail}\n\n1. ${'a'.repeat(n)}${tail}\n1.1. Pro: ${tail}`;
            const result = timer.run(text, () => fromKialo(text));
            checkImportResult(result);
            if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
            for (const s of [result.map.title, ...result.map.nodes.map((node) => node.text)]) {
              expect(s).not.toMatch(lone);
            }
          },
        ),
        runs(300),
      );
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
            fc.string().map((s) => `1. ${s}`),
            fc.string({ unit: 'binary' }).map((s) => `1. a\n1.1. Pro: ${s}`),
          ),
          (text) => check(timer, text),
        ),
        runs(10_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns in time for long lines and many lines (no runaway regex or rescans)',
    () => {
      const timer = new CaseTimer();
      const piece = fc.oneof(
        fc.constantFrom(
          ' ',
          '\t',
          '**a ',
          '__a ',
          '~~a ',
          '*a ',
          '_a ',
          '[a](',
          '[a]( ',
          '[a](x ',
          '[a](x)(',
          '[a](x)((',
          '![',
          '[',
          '](',
          '[1]',
          ' [1',
          '\\',
          '\\[',
          '1.',
          '1.1',
          '-> See 1.',
          '1.1. Pro: x\n',
          '1. -> See 1.\n',
          '1.1. Con: -> See 1.\n',
          'Sources:\n',
          '\n',
          '\r',
        ),
        kialoDocument.map((d) => `${d}\n`),
      );
      const ends = fc.constantFrom(
        '',
        '1. ',
        '1. Thesis: ',
        'Discussion Title: ',
        '1. a\n1.1. Pro: ',
        ' x',
        ']',
      );
      // Thousands of claims that link on to the next, or nest one level deeper each, or share
      // one parent.
      const shaped = fc
        .tuple(fc.integer({ min: 100, max: 6_000 }), fc.constantFrom('links', 'nested', 'siblings'))
        .map(([n, shape]) => {
          if (shape === 'links') {
            const links = Array.from(
              { length: n },
              (_, i) => `1.${i + 1}. Pro: -> See 1.${i + 2}.`,
            );
            return ['1. Thesis', ...links, `1.${n + 1}. Con: the end`].join('\n');
          }
          if (shape === 'nested') {
            const depth = Math.ceil(Math.sqrt(n) * 3);
            return Array.from({ length: depth }, (_, i) => `${'1.'.repeat(i + 1)} Pro: x`).join(
              '\n',
            );
          }
          const claims = Array.from({ length: n }, (_, i) => `1.${i + 1}. Con: c${i}`);
          return ['1. Thesis', ...claims].join('\n');
        });
      fc.assert(
        fc.property(fc.oneof(repeated(piece, 60_000, ends), shaped), (text) => check(timer, text)),
        runs(150),
      );
      console.info(timer.summary('long Kialo files'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );
});
