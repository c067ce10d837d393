import { describe, expect, it } from 'vitest';
import { quoteFromSelection } from './selectionQuote';

describe('quoteFromSelection', () => {
  const text = 'Erstens koordinieren sie.\n\nZweitens  stiften sie Legitimation.';

  it('keeps the words and leaves out the white space at both ends', () => {
    const start = text.indexOf(' koordinieren');
    const end = text.indexOf('Zweitens');
    expect(quoteFromSelection(text, start, end)).toEqual({
      start: start + 1,
      end: text.indexOf('.') + 1,
      text: 'koordinieren sie.',
    });
  });

  it('accepts a selection made backwards and clamps it to the text', () => {
    const quote = quoteFromSelection(text, text.length + 5, text.indexOf('stiften'));
    expect(quote?.text).toBe('stiften sie Legitimation.');
  });

  it('gives nothing for a selection of white space only', () => {
    const at = text.indexOf('\n');
    expect(quoteFromSelection(text, at, at + 2)).toBeNull();
  });
});
