import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyText,
  CASE_BOUND_MS,
  CaseTimer,
  pdfText,
  repeated,
  runs,
} from '../formats/shared/arbitraries';
import { type CleanOptions, type CleanResult, cleanText, lettersAndDigits } from './cleanText';

// Property tests: cleanText never throws, returns text laid out as paragraphs of single-spaced
// words, and keeps every letter and digit of its input (see src/formats/shared/arbitraries).

/** Each property runs thousands of cases: far longer than vitest's default 5 s per test. */
const TIMEOUT = 120_000;

/** A lone surrogate: its neighbours may pair up once what stood between them is gone. */
const wellFormed = (s: string): boolean =>
  !/[\uD800-\uDFFF]/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

/** Paragraphs of words separated by single spaces, paragraphs by one blank line; or nothing. */
const LAYOUT = /^(?:\S+(?: \S+)*(?:\n\n\S+(?: \S+)*)*)?$/u;

function clean(timer: CaseTimer, raw: string, options?: CleanOptions): CleanResult {
  const result = timer.run(raw, () => cleanText(raw, options));
  const { text, edits, warnings } = result;
  if (typeof text !== 'string' || !Array.isArray(edits) || !Array.isArray(warnings)) {
    throw new Error(`not a clean result: ${JSON.stringify(result)}`);
  }
  expect(text).not.toMatch(/[\r\u00AD\u200B\uFEFF]/u);
  expect(text).toMatch(LAYOUT);
  // Only a heading moved onto a paragraph of its own adds characters: a blank line for a space.
  const headings = edits.filter((e) => e.rules.includes('heading')).length;
  expect(text.length).toBeLessThanOrEqual(raw.length + 2 * headings);
  if (wellFormed(raw)) {
    // Every letter and digit of the input, in order, but those of a page footer taken off.
    const footer = edits.find((e) => e.rules.includes('footer'))?.from ?? '';
    expect(lettersAndDigits(text) + lettersAndDigits(footer)).toBe(lettersAndDigits(raw));
  }
  return result;
}

/** Cleaning the clean text again returns, keeps its letters and gives the same layout. */
function cleanAgain(timer: CaseTimer, text: string): void {
  const again = clean(timer, text);
  if (!again.footer) expect(lettersAndDigits(again.text)).toBe(lettersAndDigits(text));
}

describe('cleanText (property)', () => {
  it(
    'cleans PDF-like German text: no line-break debris, the same letters, cleanable again',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(pdfText, (raw) => {
          const { text } = clean(timer, raw);
          cleanAgain(timer, text);
        }),
        runs(10_000),
      );
      console.info(timer.summary('PDF-like text'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'cleans any string and any Unicode',
    () => {
      const timer = new CaseTimer();
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
          (raw) => {
            const { text } = clean(timer, raw);
            cleanAgain(timer, text);
          },
        ),
        runs(10_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'applies join lists, and ignores entries that do more than remove spaces or hyphens',
    () => {
      const timer = new CaseTimer();
      // Entries taken from the text (a few words, spaces and hyphens left out), and made up ones.
      const joins = (raw: string) =>
        fc.array(
          fc.oneof(
            fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([at, n]) => {
              const words = raw.split(/\s+/u).filter((w) => w !== '');
              const start = at % Math.max(words.length, 1);
              const from = words.slice(start, start + n).join(' ');
              return { from, to: from.replace(/[ -]/gu, '') };
            }),
            fc.record({ from: anyText, to: anyText }),
            fc.record({
              from: fc.constantFrom('', ' ', 'a b', '\n'),
              to: fc.constantFrom('', '\r', '\u00AD', 'ab', ' '),
            }),
          ),
          { maxLength: 3 },
        );
      fc.assert(
        fc.property(
          pdfText.chain((raw) => fc.tuple(fc.constant(raw), joins(raw))),
          ([raw, list]) => {
            clean(timer, raw, { joins: list });
          },
        ),
        runs(10_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'returns in time for long texts (no rescans of a growing word)',
    () => {
      const timer = new CaseTimer();
      const piece = fc.oneof(
        fc.constantFrom(
          'a-\n',
          'po li ti ',
          'na ',
          'heit ',
          'Sicherheits ',
          'ab - ',
          'EU - Weit ',
          'a - und ',
          '6. Neue Die ',
          '1. A ',
          'a\u00AD\n',
          ' \n \n',
          '  ',
          'x',
          '229 Titel ',
        ),
        pdfText,
      );
      fc.assert(
        fc.property(repeated(piece, 60_000), (raw) => {
          clean(timer, raw);
        }),
        runs(60),
      );
      console.info(timer.summary('long texts'));
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );
});
