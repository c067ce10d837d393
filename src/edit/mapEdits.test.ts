import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import type { ArgumentMap } from '../model/types';
import { setSourceText, setTitle } from './mapEdits';
import { accepted, deepFreeze, frozenUniforms, refusal, uniformsMap } from './testMaps';

const quoteOf = (map: ArgumentMap, id: string) => map.nodes.find((n) => n.id === id)?.quote;

describe('setTitle', () => {
  it('trims the title and refuses an empty or overlong one', () => {
    const map = frozenUniforms();
    expect(accepted(setTitle(map, '  Uniforms at school ')).map.title).toBe('Uniforms at school');
    expect(accepted(setTitle(map, 'School uniforms ')).map).toBe(map);
    expect(refusal(setTitle(map, ' '))).toMatch(/needs a title/);
    expect(refusal(setTitle(map, 'x'.repeat(201)))).toMatch(/longer than 200/);
    accepted(setTitle(map, 'x'.repeat(200)));
  });
});

describe('setSourceText', () => {
  it('moves every quote along when text is added in front', () => {
    const map = frozenUniforms();
    const text = `Op-ed, 2024. ${map.source.text}`;
    const { map: next, lostQuotes } = accepted(setSourceText(map, text));
    expect(lostQuotes).toEqual([]);
    expect(quoteOf(next, 'c')).toEqual({ ...quoteOf(map, 'c'), start: 13, end: 45 });
    expect(map).toEqual(uniformsMap());
  });

  it('keeps quotes before an edit, shifts those after it, and drops the one whose words changed', () => {
    const map = frozenUniforms();
    const text = map.source.text.replace('cost families money', 'cost families a great deal');
    const { map: next, lostQuotes } = accepted(setSourceText(map, text));
    expect(lostQuotes).toEqual(['o1']);
    const o1 = next.nodes.find((n) => n.id === 'o1');
    expect(o1).not.toHaveProperty('quote');
    expect(o1?.text).toBe('uniforms cost families money');
    expect(quoteOf(next, 'p1')).toBe(quoteOf(map, 'p1'));
    expect(quoteOf(next, 'u1')?.start).toBe((quoteOf(map, 'u1')?.start ?? 0) + 7);
  });

  it('finds quoted words that moved to another place', () => {
    const map = frozenUniforms();
    const text =
      'But uniforms cost families money. Schools should require uniforms. ' +
      'Yet most families already spend more on fashion than a uniform costs. ' +
      'Uniforms reduce bullying about clothes, because nobody can tell who wears expensive brands.';
    const { map: next, lostQuotes } = accepted(setSourceText(map, text));
    expect(lostQuotes).toEqual([]);
    expect(quoteOf(next, 'o1')?.start).toBe(4);
  });

  it('changes nothing when the text is the same', () => {
    const map = frozenUniforms();
    expect(accepted(setSourceText(map, map.source.text)).map).toBe(map);
  });

  it('keeps the default map valid through a small correction', () => {
    const map = deepFreeze(loadDefaultMap());
    const text = map.source.text.replace('Bündnisse', 'Die Bündnisse');
    const result = accepted(setSourceText(map, text));
    expect(result.map.source.text).toBe(text);
  });
});
