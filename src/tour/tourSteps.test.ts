import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../explore/testMaps';
import type { ArgumentMap, Tour } from '../model/types';
import { localized, revealedThrough, shownRelations, tourFor } from './tourSteps';

const tour = (steps: string[][]): Tour => ({
  id: 't',
  title: { en: 'T' },
  steps: steps.map((nodes, i) => ({ id: `s${i}`, nodes })),
});

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('tourFor', () => {
  const map = loadDefaultMap();

  it('gives the tour asked for, else the first one', () => {
    const other: Tour = {
      id: 'other',
      title: { en: 'Other' },
      steps: [{ id: 'a', nodes: ['conclusion'] }],
    };
    const two: ArgumentMap = { ...map, tours: [...(map.tours ?? []), other] };
    expect(tourFor(two, 'other')).toBe(other);
    expect(tourFor(two).id).toBe('teach');
    expect(tourFor(two, 'no-such-tour').id).toBe('teach');
  });

  it('generates a tour through every node for a map without one', () => {
    const { tours: _tours, ...bare } = map;
    const generated = tourFor(bare);
    expect(generated.id).toMatch(/^generated/);
    expect(generated.steps.flatMap((s) => s.nodes).sort()).toEqual(
      map.nodes.map((n) => n.id).sort(),
    );
    expect(tourFor({ ...bare, tours: [] }).steps.length).toBe(generated.steps.length);
  });
});

describe('revealedThrough', () => {
  const t = tour([['a', 'b'], ['c'], ['d']]);

  it('keeps the nodes of earlier steps shown', () => {
    expect(sorted(revealedThrough(t, 0))).toEqual(['a', 'b']);
    expect(sorted(revealedThrough(t, 1))).toEqual(['a', 'b', 'c']);
    expect(sorted(revealedThrough(t, 2))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows nothing before the first step and everything past the last', () => {
    expect(revealedThrough(t, -1).size).toBe(0);
    expect(sorted(revealedThrough(t, 99))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('shownRelations', () => {
  it('walks the default tour: an arrow appears once both of its ends are there', () => {
    const map = loadDefaultMap();
    const teach = tourFor(map, 'teach');
    const at = (step: number) => shownRelations(map, revealedThrough(teach, step));

    expect(sorted(at(0).relations)).toEqual(['r-coordination']);

    // The conclusion appears with one of its two co-premises: one leg of r-main is drawn.
    const conclusionStep = teach.steps.findIndex((s) => s.nodes.includes('conclusion'));
    const withConclusion = at(conclusionStep);
    expect(withConclusion.relations.has('r-main')).toBe(true);
    expect(withConclusion.legs.get('r-main')).toEqual(['further-capabilities']);
    expect(withConclusion.relations.has('r-traditional')).toBe(false);

    const next = at(conclusionStep + 1);
    expect(next.legs.get('r-main')).toEqual(['further-capabilities', 'core-functions-lost']);
    for (const id of ['r-traditional', 'r-loss-refutes', 'r-realism']) {
      expect(next.relations.has(id), id).toBe(true);
    }
    // Reading order to the question waits until the question is shown.
    expect(next.relations.has('r-question')).toBe(false);

    const end = at(teach.steps.length - 1);
    expect(sorted(end.relations)).toEqual(map.relations.map((r) => r.id).sort());
    // Only relations with several premises list their legs.
    expect([...end.legs.keys()]).toEqual(['r-main']);
  });

  it('shows no arrow whose target or every premise is hidden', () => {
    const map = tinyMap(['a', 'b', 'c'], [['r', 'support', ['a', 'b'], 'c']]);
    expect(shownRelations(map, new Set(['a', 'b'])).relations.size).toBe(0);
    expect(shownRelations(map, new Set(['c'])).relations.size).toBe(0);
    const one = shownRelations(map, new Set(['b', 'c']));
    expect(sorted(one.relations)).toEqual(['r']);
    expect(one.legs.get('r')).toEqual(['b']);
  });

  it('shows an undercut only once the relation it attacks is shown', () => {
    const map = tinyMap(
      ['c', 'a', 'd', 'e'],
      [
        ['r1', 'support', 'a', 'c'],
        ['r2', 'attack', 'd', 'r1'],
        ['r3', 'attack', 'e', 'r2'],
      ],
    );
    const shown = (ids: string[]) => sorted(shownRelations(map, new Set(ids)).relations);
    expect(shown(['c', 'd', 'e'])).toEqual([]);
    expect(shown(['c', 'a', 'e'])).toEqual(['r1']);
    expect(shown(['c', 'a', 'd'])).toEqual(['r1', 'r2']);
    expect(shown(['c', 'a', 'd', 'e'])).toEqual(['r1', 'r2', 'r3']);
  });

  it('shows no relation of a circle of relations aimed at each other', () => {
    const map = tinyMap(
      ['a', 'b'],
      [
        ['r1', 'attack', 'a', 'r2'],
        ['r2', 'attack', 'b', 'r1'],
      ],
    );
    expect(shownRelations(map, new Set(['a', 'b'])).relations.size).toBe(0);
  });
});

describe('localized', () => {
  const text = { en: 'Step', de: 'Schritt' };

  it('takes the language, then its main language, then English', () => {
    expect(localized(text, 'de')).toBe('Schritt');
    expect(localized(text, 'de-CH')).toBe('Schritt');
    expect(localized({ ...text, 'de-CH': 'Schritt (CH)' }, 'de-CH')).toBe('Schritt (CH)');
    expect(localized(text, 'fr')).toBe('Step');
  });

  it('falls back to any language there is, and to nothing', () => {
    expect(localized({ de: 'Schritt' }, 'fr')).toBe('Schritt');
    expect(localized({ de: '', en: 'Step' }, 'de')).toBe('Step');
    expect(localized({}, 'en')).toBe('');
    expect(localized(undefined, 'en')).toBe('');
  });
});
