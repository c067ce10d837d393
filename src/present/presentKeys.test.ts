import { describe, expect, it } from 'vitest';
import { presentIntent, typedStep } from './presentKeys';

const plain = { ctrl: false, alt: false, meta: false };

describe('presentIntent', () => {
  it('steps forward with the keys clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])
      expect(presentIntent(key, false, plain)).toEqual({ type: 'next' });
  });

  it('steps back, jumps to the ends, blanks and leaves', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(presentIntent(key, false, plain)).toEqual({ type: 'previous' });
    expect(presentIntent('Home', false, plain)).toEqual({ type: 'first' });
    expect(presentIntent('End', false, plain)).toEqual({ type: 'last' });
    expect(presentIntent('b', false, plain)).toEqual({ type: 'blank' });
    expect(presentIntent('Escape', false, plain)).toEqual({ type: 'exit' });
  });

  it('jumps to a typed number on Enter', () => {
    expect(presentIntent('4', false, plain)).toEqual({ type: 'digit', digit: 4 });
    expect(presentIntent('Enter', true, plain)).toEqual({ type: 'jump' });
    expect(typedStep('4', 6)).toBe(3);
    expect(typedStep('40', 6)).toBe(5);
    expect(typedStep('0', 6)).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(presentIntent('ArrowRight', false, { ...plain, ctrl: true })).toBeNull();
    expect(presentIntent('x', false, plain)).toBeNull();
  });
});
