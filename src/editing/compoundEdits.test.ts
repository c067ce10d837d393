import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { checkMapRules } from '../model/rules';
import { addAttached, addNewCoPremise } from './compoundEdits';

describe('addAttached', () => {
  const map = tinyMap([{ id: 'c', kind: 'conclusion' }]);

  it('adds a premise that supports the target, or an objection that attacks it', () => {
    const reason = addAttached(map, 'c', 'support', 'because');
    expect(reason.ok).toBe(true);
    if (!reason.ok) return;
    const node = reason.map.nodes.find((n) => n.id === reason.id);
    expect(node).toMatchObject({ kind: 'premise', text: 'because' });
    expect(reason.map.relations).toContainEqual(
      expect.objectContaining({ kind: 'support', from: [reason.id], to: 'c' }),
    );
    const objection = addAttached(reason.map, 'c', 'attack', 'but');
    expect(objection.ok && objection.map.nodes.at(-1)?.kind).toBe('objection');
    expect(objection.ok && checkMapRules(objection.map)).toEqual([]);
  });

  it('refuses an unknown target and leaves nothing half done', () => {
    const result = addAttached(map, 'nope', 'support', 'because');
    expect(result.ok).toBe(false);
    expect(map.nodes).toHaveLength(1);
  });
});

describe('addNewCoPremise', () => {
  const map = tinyMap(
    [
      { id: 'c', kind: 'conclusion' },
      { id: 'p', kind: 'premise' },
    ],
    [['r', 'support', 'p', 'c']],
  );

  it('adds a premise that supports only together with the others', () => {
    const result = addNewCoPremise(map, 'r', 'and also');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.nodes.find((n) => n.id === result.id)).toMatchObject({
      kind: 'premise',
      text: 'and also',
    });
    expect(result.map.relations).toEqual([
      { id: 'r', kind: 'support', from: ['p', result.id], to: 'c' },
    ]);
    expect(checkMapRules(result.map)).toEqual([]);
  });

  it('refuses an unknown arrow and adds no box then', () => {
    const result = addNewCoPremise(map, 'nope', 'and also');
    expect(result).toEqual({ ok: false, message: 'there is no relation "nope"' });
  });
});
