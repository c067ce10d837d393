import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { parseMap } from '../model/parseMap';
import { addNode, deleteNodes, updateNode } from './nodeEdits';
import { accepted, deepFreeze, frozenUniforms, quoteOf, refusal, uniformsMap } from './testMaps';

const node = (map: { nodes: { id: string }[] }, id: string) => map.nodes.find((n) => n.id === id);

describe('addNode', () => {
  it('appends a claim with trimmed text and a fresh id, leaving the old map alone', () => {
    const map = frozenUniforms();
    const { map: next, id } = accepted(addNode(map, { text: '  Uniforms save time.  ' }));
    expect(id).toBe('claim-1');
    expect(next.nodes.at(-1)).toEqual({
      id: 'claim-1',
      kind: 'claim',
      implicit: false,
      text: 'Uniforms save time.',
      gloss: '',
    });
    expect(map).toEqual(uniformsMap());
  });

  it('refuses a node without text, or with too much', () => {
    const map = frozenUniforms();
    expect(refusal(addNode(map, { text: '   ' }))).toBe('a claim needs some text');
    expect(refusal(addNode(map, { kind: 'objection', text: '' }))).toBe(
      'an objection needs some text',
    );
    expect(refusal(addNode(map, { text: 'x'.repeat(5001) }))).toMatch(/longer than 5000/);
    accepted(addNode(map, { text: 'x'.repeat(5000) }));
  });

  it('takes a quote only if it is exactly the words at that place in the source', () => {
    const map = frozenUniforms();
    const quote = quoteOf('Uniforms reduce bullying');
    const { map: next, id } = accepted(addNode(map, { text: 'Less bullying', quote }));
    expect(node(next, id)).toMatchObject({ quote });
    const shifted = { ...quote, start: quote.start + 1, end: quote.end + 1 };
    expect(refusal(addNode(map, { text: 'x', quote: shifted }))).toMatch(/differ/);
    expect(refusal(addNode(map, { text: 'x', quote: { start: 5, end: 5, text: '' } }))).toMatch(
      /at least one character/,
    );
    expect(refusal(addNode(map, { text: 'x', implicit: true, quote }))).toMatch(/implicit/);
  });

  it('uses an id the caller chose only if it is free and well-formed', () => {
    const map = frozenUniforms();
    expect(accepted(addNode(map, { text: 'x', id: 'cost-2' })).id).toBe('cost-2');
    expect(refusal(addNode(map, { text: 'x', id: 'r-1' }))).toMatch(/already in use/);
    expect(refusal(addNode(map, { text: 'x', id: 'a b' }))).toMatch(/only letters/);
  });
});

describe('updateNode', () => {
  it('changes text and kind, and returns the very same map when nothing changes', () => {
    const map = frozenUniforms();
    const next = accepted(
      updateNode(map, 'u1', { kind: 'objection', text: ' Fashion costs more ' }),
    );
    expect(node(next.map, 'u1')).toMatchObject({ kind: 'objection', text: 'Fashion costs more' });
    expect(next.map.nodes[0]).toBe(map.nodes[0]);

    const same = { text: ' Schools should require uniforms. ', kind: 'conclusion' as const };
    expect(accepted(updateNode(map, 'c', same)).map).toBe(map);
    expect(accepted(updateNode(map, 'c', {})).map).toBe(map);
    expect(accepted(updateNode(map, 'c', { breaksOff: false })).map).toBe(map);
    const sameQuote = { ...quoteOf('Schools should require uniforms.') };
    expect(accepted(updateNode(map, 'c', { quote: sameQuote })).map).toBe(map);
    expect(
      accepted(updateNode(map, 'c', { quote: { ...quoteOf('Schools should') } })).map,
    ).not.toBe(map);
  });

  it('drops the quote when a node becomes implicit, or when the patch removes it', () => {
    const map = frozenUniforms();
    const implicit = accepted(updateNode(map, 'p1', { implicit: true })).map;
    expect(node(implicit, 'p1')).not.toHaveProperty('quote');
    const unquoted = accepted(updateNode(map, 'p1', { quote: undefined })).map;
    expect(node(unquoted, 'p1')).not.toHaveProperty('quote');
    expect(node(unquoted, 'p1')).toMatchObject({ implicit: false });
    expect(refusal(updateNode(map, 'p3', { quote: quoteOf('nobody') }))).toMatch(/implicit/);
    const stated = updateNode(map, 'p3', { implicit: false, quote: quoteOf('nobody') });
    expect(node(accepted(stated).map, 'p3')).toMatchObject({ quote: quoteOf('nobody') });
  });

  it('applies the same checks as adding, and refuses unknown nodes', () => {
    const map = frozenUniforms();
    expect(refusal(updateNode(map, 'c', { text: ' ' }))).toBe('a conclusion needs some text');
    expect(refusal(updateNode(map, 'c', { quote: { start: 0, end: 3, text: 'abc' } }))).toMatch(
      /differ/,
    );
    expect(refusal(updateNode(map, 'nope', { text: 'x' }))).toMatch(/no node "nope"/);
  });

  it('marks and unmarks a passage that breaks off', () => {
    const map = frozenUniforms();
    const marked = accepted(updateNode(map, 'u1', { breaksOff: true })).map;
    expect(node(marked, 'u1')).toMatchObject({ breaksOff: true });
    expect(
      node(accepted(updateNode(marked, 'u1', { breaksOff: false })).map, 'u1'),
    ).not.toHaveProperty('breaksOff');
  });
});

describe('deleteNodes', () => {
  it('keeps the other co-premise’s relation when one co-premise goes', () => {
    const map = frozenUniforms();
    const { map: next, removedRelations } = accepted(deleteNodes(map, ['p3']));
    expect(next.relations.find((r) => r.id === 'r-2')).toEqual({
      id: 'r-2',
      kind: 'support',
      from: ['p2'],
      to: 'p1',
    });
    expect(removedRelations).toEqual([]);
    expect(next.groups[0]?.members).toEqual(['p1', 'p2']);
    expect(next.tours?.[0]?.steps[1]?.nodes).toEqual(['p1', 'p2']);
    expect(map).toEqual(uniformsMap());
  });

  it('removes the undercut together with the relation it attacks', () => {
    const { map: next, removedRelations } = accepted(deleteNodes(frozenUniforms(), ['o1']));
    expect(removedRelations).toEqual(['r-3', 'r-4']);
    expect(next.relations.map((r) => r.id)).toEqual(['r-1', 'r-2']);
    expect(next.nodes.map((n) => n.id)).toContain('u1');
  });

  it('removes relations into a deleted node, and a chain of undercuts on them', () => {
    const map = uniformsMap();
    map.nodes.push({ id: 'x', kind: 'claim', implicit: false, text: 'x', gloss: '' });
    map.relations.push({ id: 'r-5', kind: 'attack', from: ['x'], to: 'r-4' });
    const { map: next, removedRelations } = accepted(deleteNodes(deepFreeze(map), ['c']));
    expect(removedRelations).toEqual(['r-1', 'r-3', 'r-4', 'r-5']);
    expect(next.relations.map((r) => r.id)).toEqual(['r-2']);
  });

  it('removes emptied groups, steps and tours, and keeps an absent tour list absent', () => {
    const map = frozenUniforms();
    const next = accepted(deleteNodes(map, ['o1', 'u1'])).map;
    expect(next.groups.map((g) => g.id)).toEqual(['g-reasons']);
    expect(next.tours?.[0]?.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    const extra = accepted(addNode(map, { text: 'Not in the tour' })).map;
    const toured = map.nodes.map((n) => n.id);
    expect(accepted(deleteNodes(extra, toured)).map.tours).toEqual([]);

    const { tours: _, ...untoured } = uniformsMap();
    const withoutTours = accepted(deleteNodes(deepFreeze(untoured), ['c'])).map;
    expect('tours' in withoutTours).toBe(false);
  });

  it('deletes every node down to an empty map, and refuses nodes that do not exist', () => {
    const map = frozenUniforms();
    const all = map.nodes.map((n) => n.id);
    const empty = accepted(deleteNodes(map, all)).map;
    expect(empty.nodes).toEqual([]);
    expect(empty.relations).toEqual([]);
    expect(empty.groups).toEqual([]);
    expect(parseMap(JSON.stringify(empty)).ok).toBe(true);
    expect(refusal(deleteNodes(map, ['c', 'ghost']))).toMatch(/no node "ghost"/);
    expect(accepted(deleteNodes(map, [])).map).toBe(map);
  });

  it('keeps the default map valid when a central premise goes', () => {
    const map = deepFreeze(loadDefaultMap());
    const { map: next, removedRelations } = accepted(deleteNodes(map, ['core-functions-lost']));
    expect(next.relations.find((r) => r.id === 'r-main')?.from).toEqual(['further-capabilities']);
    expect(removedRelations).toEqual(['r-realism', 'r-loss-refutes']);
  });
});
