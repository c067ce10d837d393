import { describe, expect, it } from 'vitest';
import type { Tour } from '../model/types';
import { addStep, moveStep, removeNodeFromStep, removeStep, setStepText } from './editTour';

const tour: Tour = {
  id: 't',
  title: { en: 'T' },
  steps: [
    { id: 'a', nodes: ['n1'] },
    { id: 'b', nodes: ['n2', 'n3'] },
    { id: 'c', nodes: ['n4'] },
  ],
};
const ids = (t: Tour) => t.steps.map((s) => s.id);

describe('tour edits', () => {
  it('moves a step up or down, keeping the others in order', () => {
    expect(ids(moveStep(tour, 2, 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveStep(tour, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveStep(tour, 0, 99))).toEqual(['b', 'c', 'a']);
    expect(ids(tour)).toEqual(['a', 'b', 'c']);
  });

  it('adds a step from a selection, taking its nodes out of earlier steps', () => {
    const added = addStep(tour, ['n3', 'n1']);
    expect(added.steps.map((s) => s.nodes)).toEqual([['n2'], ['n4'], ['n3', 'n1']]);
    expect(new Set(ids(added)).size).toBe(3);
    const after = addStep(tour, ['n9'], 0);
    expect(after.steps.map((s) => s.nodes)).toEqual([['n1'], ['n9'], ['n2', 'n3'], ['n4']]);
  });

  it('deletes steps and nodes, and edits texts per language', () => {
    expect(ids(removeStep(tour, 1))).toEqual(['a', 'c']);
    expect(ids(removeNodeFromStep(tour, 0, 'n1'))).toEqual(['b', 'c']);
    const noted = setStepText(tour, 1, 'notes', 'de', 'Auf die Karte zeigen');
    expect(noted.steps[1]?.notes).toEqual({ de: 'Auf die Karte zeigen' });
    expect(setStepText(noted, 1, 'notes', 'de', '').steps[1]?.notes).toEqual({});
  });
});
