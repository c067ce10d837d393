import { describe, expect, it } from 'vitest';
import { sourceLineOf } from './sourceLine';

describe('sourceLineOf', () => {
  it('names citation and page in the interface language', () => {
    const source = { text: '', language: 'de', citation: 'Kleinstaaten im Wandel', page: 229 };
    expect(sourceLineOf(source, 'en')).toBe('Kleinstaaten im Wandel, p. 229');
    expect(sourceLineOf(source, 'de')).toBe('Kleinstaaten im Wandel, S. 229');
  });

  it('does not name the page twice when the citation ends with it', () => {
    const source = { text: '', language: 'de', citation: 'Kleinstaaten, S. 229', page: 229 };
    expect(sourceLineOf(source, 'en')).toBe('Kleinstaaten, S. 229');
  });

  it('has nothing to say without citation or page', () => {
    expect(sourceLineOf({ text: '', language: 'de' }, 'en')).toBeUndefined();
    expect(sourceLineOf({ text: '', language: 'de', page: 3 }, 'en')).toBe('p. 3');
  });
});
