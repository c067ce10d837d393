import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { fromArgdown } from '../formats/argdown/fromArgdown';
import { toArgdown } from '../formats/argdown/toArgdown';
import type { ArgumentMap } from '../model/types';
import { followMap } from './followMap';

function read(text: string): ArgumentMap {
  const result = fromArgdown(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.map;
}

describe('followMap', () => {
  const map = loadDefaultMap();
  const text = toArgdown(map);

  it('gives back the same map when the Argdown says the same', () => {
    expect(followMap(map, read(text))).toBe(map);
    expect(followMap(map, read(`${text}\n\n`))).toBe(map);
  });

  it('keeps the order, the unchanged nodes and the tours when one statement changes', () => {
    const first = map.nodes.find((n) => !n.quote && n.text.length > 10) ?? map.nodes[0];
    if (!first) throw new Error('empty default map');
    const edited = text.replace(first.text, `${first.text} (edited)`);
    expect(edited).not.toBe(text);
    const next = followMap(map, read(edited));
    expect(next.nodes.map((n) => n.id)).toEqual(map.nodes.map((n) => n.id));
    const changed = next.nodes.filter((n, i) => n !== map.nodes[i]).map((n) => n.id);
    expect(changed).toEqual([first.id]);
    expect(next.tours).toEqual(map.tours);
  });

  it('drops a deleted statement from the tours', () => {
    const withoutLast = read(text);
    const step = map.tours?.[0]?.steps[0];
    const gone = step?.nodes[0];
    if (!gone) throw new Error('default map has no tour');
    const removed: ArgumentMap = {
      ...withoutLast,
      nodes: withoutLast.nodes.filter((n) => n.id !== gone),
      relations: withoutLast.relations.filter((r) => !r.from.includes(gone) && r.to !== gone),
      groups: withoutLast.groups.map((g) => ({
        ...g,
        members: g.members.filter((m) => m !== gone),
      })),
    };
    const next = followMap(map, removed);
    const revealed = next.tours?.flatMap((t) => t.steps.flatMap((s) => s.nodes)) ?? [];
    expect(revealed).not.toContain(gone);
    expect(revealed.length).toBeGreaterThan(0);
  });
});
