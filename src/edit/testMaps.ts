import { expect } from 'vitest';
import { parseMap } from '../model/parseMap';
import { checkMapRules } from '../model/rules';
import type { ArgumentMap, Quote } from '../model/types';
import type { EditResult } from './editResult';

// Test helpers: a small map with every feature the edits must keep consistent.

const SOURCE =
  'Schools should require uniforms. Uniforms reduce bullying about clothes, because nobody ' +
  'can tell who wears expensive brands. But uniforms cost families money. Yet most families ' +
  'already spend more on fashion than a uniform costs.';

export function quoteOf(words: string, text = SOURCE): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the source`);
  return { start, end: start + words.length, text: words };
}

/**
 * A linked argument (r-2: two co-premises, one implicit), an attack (r-3) with an undercut
 * (r-4) on it, two groups and a tour.
 */
export function uniformsMap(): ArgumentMap {
  return {
    version: 1,
    title: 'School uniforms',
    source: { text: SOURCE, language: 'en' },
    nodes: [
      node('c', 'conclusion', 'Schools should require uniforms.'),
      node('p1', 'premise', 'Uniforms reduce bullying about clothes'),
      node('p2', 'premise', 'nobody can tell who wears expensive brands'),
      {
        id: 'p3',
        kind: 'premise',
        implicit: true,
        text: 'Bullying about clothes is mostly about brands.',
        gloss: '',
      },
      node('o1', 'objection', 'uniforms cost families money'),
      node('u1', 'claim', 'most families already spend more on fashion than a uniform costs'),
    ],
    relations: [
      { id: 'r-1', kind: 'support', from: ['p1'], to: 'c' },
      { id: 'r-2', kind: 'support', from: ['p2', 'p3'], to: 'p1' },
      { id: 'r-3', kind: 'attack', from: ['o1'], to: 'c' },
      { id: 'r-4', kind: 'attack', from: ['u1'], to: 'r-3' },
    ],
    groups: [
      { id: 'g-reasons', label: 'Reasons', members: ['p1', 'p2', 'p3'] },
      { id: 'g-cost', label: 'Cost', members: ['o1', 'u1'] },
    ],
    tours: [
      {
        id: 'class',
        title: { en: 'Uniforms in class' },
        steps: [
          { id: 's1', nodes: ['c'] },
          { id: 's2', nodes: ['p1', 'p2', 'p3'] },
          { id: 's3', nodes: ['o1', 'u1'] },
        ],
      },
    ],
  };
}

function node(id: string, kind: ArgumentMap['nodes'][number]['kind'], words: string) {
  return { id, kind, implicit: false, text: words, gloss: '', quote: quoteOf(words) };
}

/** Freezes the whole map, so an edit that mutates its input throws in the test. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function frozenUniforms(): ArgumentMap {
  return deepFreeze(uniformsMap());
}

/** The edited map must satisfy the rules and survive saving and opening again. */
export function expectValid(map: ArgumentMap): void {
  expect(checkMapRules(map)).toEqual([]);
  const reopened = parseMap(JSON.stringify(map));
  expect(reopened.ok ? [] : reopened.issues).toEqual([]);
}

/** Unwraps a successful edit (checking its map is valid); fails the test on a refusal. */
export function accepted<T>(result: EditResult<T>): { ok: true; map: ArgumentMap } & T {
  if (!result.ok) throw new Error(`edit refused: ${result.message}`);
  expectValid(result.map);
  return result;
}

/** The refusal message; fails the test if the edit went through. */
export function refusal(result: EditResult<unknown>): string {
  if (result.ok) throw new Error('edit was expected to be refused');
  return result.message;
}
