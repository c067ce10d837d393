import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import {
  addCoPremise,
  addRelation,
  coPremiseCandidates,
  deleteRelation,
  removeCoPremise,
  setRelationKind,
  splitCoPremise,
  undercut,
} from './relationEdits';
import { accepted, deepFreeze, frozenUniforms, refusal, uniformsMap } from './testMaps';

const relation = (map: { relations: { id: string }[] }, id: string) =>
  map.relations.find((r) => r.id === id);

describe('addRelation', () => {
  it('draws an arrow with a fresh id, leaving the old map alone', () => {
    const map = frozenUniforms();
    const { map: next, id } = accepted(
      addRelation(map, { kind: 'support', from: ['u1'], to: 'c' }),
    );
    expect(id).toBe('r-5');
    expect(relation(next, id)).toEqual({ id: 'r-5', kind: 'support', from: ['u1'], to: 'c' });
    expect(map).toEqual(uniformsMap());
  });

  it('refuses a support cycle, naming the claims in the circle', () => {
    const map = frozenUniforms();
    const message = refusal(addRelation(map, { kind: 'support', from: ['c'], to: 'p2' }));
    expect(message).toMatch(/circle/);
    expect(message).toContain('“Schools should require uniforms.”');
    expect(message).toContain('“Uniforms reduce bullying about clothes”');
    expect(message).not.toContain('relations[');
  });

  it('allows attacks in both directions (mutual rebuttal is no cycle)', () => {
    accepted(addRelation(frozenUniforms(), { kind: 'attack', from: ['c'], to: 'o1' }));
  });

  it('refuses an arrow that already exists, whatever the order of its premises', () => {
    const map = frozenUniforms();
    const again = refusal(addRelation(map, { kind: 'support', from: ['p3', 'p2'], to: 'p1' }));
    expect(again).toMatch(/already exists/);
    expect(refusal(addRelation(map, { kind: 'support', from: ['p1', 'p1'], to: 'c' }))).toMatch(
      /already exists/,
    );
    // The same ends with another kind are a different statement.
    accepted(addRelation(map, { kind: 'continues', from: ['p1'], to: 'c' }));
  });

  it('refuses self relations, unknown nodes and empty premises', () => {
    const map = frozenUniforms();
    expect(refusal(addRelation(map, { kind: 'support', from: ['c'], to: 'c' }))).toBe(
      '“Schools should require uniforms.” cannot support itself',
    );
    expect(refusal(addRelation(map, { kind: 'support', from: ['ghost'], to: 'c' }))).toMatch(
      /no node "ghost"/,
    );
    expect(refusal(addRelation(map, { kind: 'support', from: ['c'], to: 'ghost' }))).toMatch(
      /no node or relation "ghost"/,
    );
    expect(refusal(addRelation(map, { kind: 'support', from: ['r-1'], to: 'c' }))).toMatch(
      /no node "r-1"/,
    );
    expect(refusal(addRelation(map, { kind: 'support', from: [], to: 'c' }))).toMatch(/premise/);
  });

  it('undercuts an inference only with an attack', () => {
    const map = frozenUniforms();
    const { map: next, id } = accepted(
      addRelation(map, { kind: 'attack', from: ['p3'], to: 'r-1' }),
    );
    expect(relation(next, id)).toMatchObject({ to: 'r-1' });
    expect(refusal(addRelation(map, { kind: 'support', from: ['p3'], to: 'r-1' }))).toMatch(
      /only an attack/,
    );
  });
});

describe('setRelationKind', () => {
  it('turns an attack into a support, keeping id and undercuts', () => {
    const map = frozenUniforms();
    const next = accepted(setRelationKind(map, 'r-3', 'support')).map;
    expect(relation(next, 'r-3')).toMatchObject({ kind: 'support' });
    expect(relation(next, 'r-4')).toBe(relation(map, 'r-4'));
    expect(accepted(setRelationKind(map, 'r-3', 'attack')).map).toBe(map);
  });

  it('refuses a kind that would close a cycle or turn an undercut into a support', () => {
    const rebuttal = accepted(
      addRelation(frozenUniforms(), { kind: 'attack', from: ['c'], to: 'p1' }),
    );
    expect(refusal(setRelationKind(deepFreeze(rebuttal.map), rebuttal.id, 'support'))).toMatch(
      /circle/,
    );
    expect(refusal(setRelationKind(frozenUniforms(), 'r-4', 'continues'))).toMatch(
      /only an attack/,
    );
    expect(refusal(setRelationKind(frozenUniforms(), 'r-9', 'support'))).toMatch(/no relation/);
  });
});

describe('deleteRelation', () => {
  it('removes the arrow and the undercuts aimed at it, nothing else', () => {
    const map = frozenUniforms();
    const { map: next, removedRelations } = accepted(deleteRelation(map, 'r-3'));
    expect(removedRelations).toEqual(['r-3', 'r-4']);
    expect(next.nodes).toBe(map.nodes);
    expect(next.groups).toBe(map.groups);
    expect(refusal(deleteRelation(map, 'c'))).toMatch(/no relation "c"/);
  });

  it('keeps the default map valid', () => {
    const map = deepFreeze(loadDefaultMap());
    expect(accepted(deleteRelation(map, 'r-main')).removedRelations).toEqual(['r-main']);
  });
});

describe('co-premises', () => {
  it('adds a premise to a linked argument, and ignores one that is already there', () => {
    const map = frozenUniforms();
    const next = accepted(addCoPremise(map, 'r-1', 'u1')).map;
    expect(relation(next, 'r-1')).toMatchObject({ from: ['p1', 'u1'] });
    expect(accepted(addCoPremise(map, 'r-2', 'p3')).map).toBe(map);
  });

  it('refuses a co-premise that is the conclusion or closes a cycle', () => {
    const map = frozenUniforms();
    expect(refusal(addCoPremise(map, 'r-1', 'c'))).toMatch(/cannot support itself/);
    expect(refusal(addCoPremise(map, 'r-2', 'c'))).toMatch(/circle/);
    expect(refusal(addCoPremise(map, 'r-2', 'ghost'))).toMatch(/no node "ghost"/);
  });

  it('removes a co-premise; taking the last one deletes the arrow and its undercuts', () => {
    const map = frozenUniforms();
    const linked = accepted(removeCoPremise(map, 'r-2', 'p3'));
    expect(relation(linked.map, 'r-2')).toMatchObject({ from: ['p2'] });
    expect(linked.removedRelations).toEqual([]);
    const last = accepted(removeCoPremise(map, 'r-3', 'o1'));
    expect(last.removedRelations).toEqual(['r-3', 'r-4']);
    expect(refusal(removeCoPremise(map, 'r-1', 'c'))).toMatch(/not a premise/);
  });

  it('refuses a removal that would leave a copy of another arrow', () => {
    const map = accepted(
      addRelation(frozenUniforms(), { kind: 'support', from: ['p2'], to: 'p1' }),
    );
    expect(refusal(removeCoPremise(deepFreeze(map.map), 'r-2', 'p3'))).toMatch(/already exists/);
  });
});

describe('splitCoPremise', () => {
  it('gives a co-premise an arrow of its own; the others go on linked', () => {
    const map = frozenUniforms();
    const { map: next, id } = accepted(splitCoPremise(map, 'r-2', 'p3'));
    expect(relation(next, 'r-2')).toEqual({ id: 'r-2', kind: 'support', from: ['p2'], to: 'p1' });
    expect(relation(next, id)).toEqual({ id, kind: 'support', from: ['p3'], to: 'p1' });
    expect(next.relations).toHaveLength(map.relations.length + 1);
  });

  it('keeps an own arrow that is there already instead of drawing a copy', () => {
    const own = accepted(
      addRelation(frozenUniforms(), { kind: 'support', from: ['p3'], to: 'p1' }),
    );
    const { map: next, id } = accepted(splitCoPremise(deepFreeze(own.map), 'r-2', 'p3'));
    expect(id).toBe(own.id);
    expect(next.relations).toHaveLength(own.map.relations.length);
  });

  it('refuses a lone premise, a node that is no premise and an unknown arrow', () => {
    const map = frozenUniforms();
    expect(refusal(splitCoPremise(map, 'r-1', 'p1'))).toMatch(/only premise/);
    expect(refusal(splitCoPremise(map, 'r-2', 'c'))).toMatch(/not a premise/);
    expect(refusal(splitCoPremise(map, 'r-9', 'p1'))).toMatch(/no relation/);
  });

  it('undoes addCoPremise: the split-off box supports on its own', () => {
    const map = frozenUniforms();
    const joined = accepted(addCoPremise(map, 'r-1', 'u1')).map;
    const split = accepted(splitCoPremise(deepFreeze(joined), 'r-1', 'u1')).map;
    expect(relation(split, 'r-1')).toEqual(relation(map, 'r-1'));
  });
});

describe('undercut', () => {
  it('attacks the inference of an arrow, not its conclusion', () => {
    const map = frozenUniforms();
    const { map: next, id } = accepted(undercut(map, 'r-1', 'o1'));
    expect(relation(next, id)).toEqual({ id, kind: 'attack', from: ['o1'], to: 'r-1' });
  });

  it('refuses a node as target, a copy of an undercut, and an unknown attacker', () => {
    const map = frozenUniforms();
    expect(refusal(undercut(map, 'c', 'o1'))).toMatch(/no relation "c"/);
    expect(refusal(undercut(map, 'r-3', 'u1'))).toMatch(/already exists/);
    expect(refusal(undercut(map, 'r-1', 'ghost'))).toMatch(/no node "ghost"/);
  });
});

describe('coPremiseCandidates', () => {
  it('offers every box the edit would take: not the premises, the conclusion or what it supports', () => {
    const map = frozenUniforms();
    // r-2: p2 and p3 support p1, which supports c. c would close a circle; o1 and u1 would not.
    expect(coPremiseCandidates(map, 'r-2')).toEqual(['o1', 'u1']);
    for (const id of coPremiseCandidates(map, 'r-2')) accepted(addCoPremise(map, 'r-2', id));
    expect(refusal(addCoPremise(map, 'r-2', 'c'))).toMatch(/support/);
  });
});
