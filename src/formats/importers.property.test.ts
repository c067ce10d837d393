import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAif } from './aif/toAif';
import { toArgdown } from './argdown/toArgdown';
import { detectFormat, type ImportFormatId, importMap } from './importers';
import {
  aifNodeset,
  aifWrapped,
  argdownDocument,
  CASE_BOUND_MS,
  CaseTimer,
  checkImportResult,
  checkPrototypesUntouched,
  jsonText,
  kialoDocument,
  mapFileText,
  runs,
  validMap,
} from './shared/arbitraries';

// Property tests: importMap detects a format for any file and returns what that importer
// returns, never throwing (see src/formats/shared/arbitraries).

/** Each property runs thousands of cases: far longer than vitest's default 5 s per test. */
const TIMEOUT = 180_000;
const FORMATS: readonly ImportFormatId[] = ['json', 'argdown', 'aif', 'kialo'];

const fileName = fc.oneof(
  fc.constantFrom(
    'map.json',
    'debate.argdown',
    'debate.ad',
    'DEBATE.ARGDOWN',
    'nodeset.aif',
    'nodeset.aif.json',
    'kialo.txt',
    'notes',
    '',
    '.json',
    'x.json.txt',
    'x.argdown.json',
    '__proto__',
  ),
  fc.string({ maxLength: 12 }),
);

/** The file contents any of the importers reads, their near misses, and anything at all. */
const fileText = fc.oneof(
  mapFileText,
  argdownDocument,
  kialoDocument,
  aifWrapped(aifNodeset).map((doc) => jsonText(doc) ?? ''),
  validMap.map((map) => JSON.stringify(map)),
  validMap.map((map) => toArgdown(map)),
  validMap.map((map) => toAif(map)),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

describe('importMap (property)', () => {
  // The importers load when first needed; loading Argdown's parser takes a second or two, which
  // is no case's own time.
  beforeAll(async () => {
    await Promise.all([
      importMap('a.argdown', '[A]: a'),
      importMap('a.aif', '{"nodes": []}'),
      importMap('a.txt', '1. a'),
      importMap('a.json', '{}'),
    ]);
  }, TIMEOUT);

  it(
    'detects a format for every file and returns that importer’s checked result',
    async () => {
      const timer = new CaseTimer();
      const seen = new Set<ImportFormatId>();
      await fc.assert(
        fc.asyncProperty(fileName, fileText, async (name, text) => {
          const result = await timer.runAsync({ name, text }, () => importMap(name, text));
          checkImportResult(result);
          checkPrototypesUntouched();
          expect(FORMATS).toContain(result.format);
          expect(result.format).toBe(detectFormat(name, text));
          seen.add(result.format);
        }),
        runs(10_000),
      );
      console.info(timer.summary('importMap'));
      expect([...seen].sort()).toEqual([...FORMATS].sort());
      expect(timer.accepted).toBeGreaterThan(1000);
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );

  it(
    'opens every valid map in each format the app writes, whatever the file is called',
    async () => {
      const timer = new CaseTimer();
      await fc.assert(
        fc.asyncProperty(
          validMap.filter((map) => map.nodes.length > 0),
          fc.constantFrom('json', 'argdown', 'aif'),
          fc.constantFrom('named', 'map', 'map.txt'),
          async (map, format, naming) => {
            // Named for its format, or with a name that says nothing: the content decides.
            const name = naming === 'named' ? `map.${format}` : naming;
            // BUG (toArgdown/fromArgdown, reported in fromArgdown.property.test.ts): a
            // "continues" relation from several nodes, or a relation drawn as an argument whose
            // id starts with `_`, does not come back from Argdown. Left out here until fixed.
            fc.pre(
              format !== 'argdown' ||
                !map.relations.some(
                  (r) => (r.kind === 'continues' && r.from.length > 1) || r.id.startsWith('_'),
                ),
            );
            const text =
              format === 'json'
                ? JSON.stringify(map)
                : format === 'aif'
                  ? toAif(map)
                  : toArgdown(map);
            const result = await timer.runAsync({ name, text }, () => importMap(name, text));
            if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
            checkImportResult(result);
            expect(result.format).toBe(format);
          },
        ),
        runs(1_000),
      );
      expect(timer.slowestMs).toBeLessThan(CASE_BOUND_MS);
    },
    TIMEOUT,
  );
});
