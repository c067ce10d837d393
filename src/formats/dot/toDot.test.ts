import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { ArgumentMap } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { nodeLabel, textLines } from '../shared/text';
import { dotString, toDot } from './toDot';

/** Runs Debian's Graphviz on the DOT text; fails the test on any error or warning. */
function renderSvg(dot: string): string {
  const run = spawnSync('/usr/bin/dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
  expect(run.error).toBeUndefined();
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

function decode(xml: string): string {
  return xml
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The SVG's `<g class="...">` blocks: what Graphviz drew for each node, edge and cluster. */
function svgGroups(svg: string, cls: string) {
  const re = new RegExp(
    `<g id="[^"]*" class="${cls}">\\s*<title>([^<]*)</title>([\\s\\S]*?)</g>`,
    'g',
  );
  return [...svg.matchAll(re)].map((m) => ({
    title: decode(m[1] ?? ''),
    body: m[2] ?? '',
    texts: [...(m[2] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => decode(t[1] ?? '')),
    firstY: Number(/<text[^>]* y="([-\d.]+)"/.exec(m[2] ?? '')?.[1]),
  }));
}

function undercutMap(): ArgumentMap {
  return tinyMap(
    [{ id: 'c', kind: 'conclusion' }, 'a', 'b', 'd'],
    [
      ['r1', 'support', ['a', 'b'], 'c'],
      ['r2', 'attack', 'd', 'r1'],
    ],
  );
}

const MAPS: [string, () => ArgumentMap][] = [
  ['the default map', loadDefaultMap],
  ['a hostile map', hostileMap],
];

describe('toDot', () => {
  for (const [name, load] of MAPS) {
    for (const labels of ['source', 'gloss'] as const) {
      it(`renders ${name} (${labels} labels) with Graphviz, showing every word of every node`, () => {
        const map = load();
        const svg = renderSvg(toDot(map, { labels }));
        const nodes = svgGroups(svg, 'node');
        const targeted = new Set(map.relations.map((r) => r.to));
        const junctions = map.relations.filter((r) => r.from.length > 1 || targeted.has(r.id));
        expect(nodes).toHaveLength(map.nodes.length + junctions.length);
        for (const n of map.nodes) {
          const drawn = nodes.find((g) => g.title === `n:${n.id}`);
          // Wrapping moves words between lines but never changes them.
          expect(drawn?.texts.join(' ').split(' ')).toEqual(
            textLines(nodeLabel(n, labels)).join(' ').split(' '),
          );
        }
        const clusters = svgGroups(svg, 'cluster');
        expect(clusters.map((c) => c.texts.join(' '))).toEqual(map.groups.map((g) => g.label));
      });
    }
  }

  it('puts the conclusion on top, above the reasons for it', () => {
    const svg = renderSvg(toDot(undercutMap()));
    const y = (title: string) =>
      svgGroups(svg, 'node').find((n) => n.title === title)?.firstY ?? NaN;
    expect(y('n:c')).toBeLessThan(y('n:a'));
    expect(y('n:c')).toBeLessThan(y('n:d'));
  });

  it('joins co-premises in a point and aims the undercut at that point, in red dashes', () => {
    const svg = renderSvg(toDot(undercutMap()));
    const edges = svgGroups(svg, 'edge').map((e) => e.title);
    expect(edges.sort()).toEqual(['n:a->r:r1', 'n:b->r:r1', 'n:d->r:r1', 'r:r1->n:c']);
    const undercut = svgGroups(svg, 'edge').find((e) => e.title === 'n:d->r:r1');
    expect(undercut?.body).toMatch(/stroke="#c62828"[^>]*stroke-dasharray/);
    const point = svgGroups(svg, 'node').find((n) => n.title === 'r:r1');
    expect(point?.body).toMatch(/<ellipse/);
  });

  it('wraps long labels at about 40 characters', () => {
    const map = tinyMap([
      { id: 'a', text: 'Ein ziemlich langer Satz, der in einer Zeile nicht gut lesbar wäre.' },
    ]);
    const lines = svgGroups(renderSvg(toDot(map)), 'node')[0]?.texts ?? [];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('escapes quotes, backslashes and line breaks in DOT strings', () => {
    expect(dotString('say "hi"')).toBe('"say \\"hi\\""');
    expect(dotString('a\\nb')).toBe('"a\\\\nb"');
    expect(dotString('one\ntwo\r\nthree')).toBe('"one\\ntwo\\nthree"');
    const map = tinyMap([{ id: 'q"\\', text: 'a "quoted" \\n not a line break \\' }]);
    const svg = renderSvg(toDot(map));
    expect(svgGroups(svg, 'node')[0]?.texts.join(' ')).toBe('a "quoted" \\n not a line break \\');
  });
});
