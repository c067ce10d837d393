import { describe, expect, it } from 'vitest';
import { parseMap } from '../../model/parseMap';
import { edgeLabeller } from './edgeLabel';

const words = {
  verb: { support: 'supports', attack: 'attacks', continues: 'text continues with' },
  togetherWith: ' together with ',
  undercuts: 'undercuts the inference:',
};

const parsed = parseMap({
  version: 1,
  title: 't',
  source: { text: '', language: 'en' },
  nodes: [
    ['c', 'Schools should start later.'],
    ['a', 'Sleep improves learning.'],
    ['b', 'Teenagers sleep late.'],
    ['u', `Only in studies of adults, ${'and much more besides '.repeat(5)}`],
  ].map(([id, text]) => ({ id, kind: 'claim', implicit: false, text, gloss: '' })),
  relations: [
    { id: 'r1', kind: 'support', from: ['a', 'b'], to: 'c' },
    { id: 'r2', kind: 'attack', from: ['u'], to: 'r1' },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const map = parsed.map;

describe('edgeLabeller', () => {
  it('names a relation by the words of its claims and what it does', () => {
    expect(edgeLabeller(map, words)('r1')).toBe(
      '“Sleep improves learning.” together with “Teenagers sleep late.” supports “Schools should start later.”',
    );
  });

  it('names an undercut by the inference it attacks, its long text cut at a word', () => {
    expect(edgeLabeller(map, words)('r2')).toBe(
      '“Only in studies of adults, and much more besides and much…” undercuts the inference: “Sleep improves learning.” together with “Teenagers sleep late.” supports “Schools should start later.”',
    );
  });
});
