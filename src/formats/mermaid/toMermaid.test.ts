import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { ArgumentMap } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { nodeLabel, textLines } from '../shared/text';
import { mermaidLabel, toMermaid } from './toMermaid';

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };

/** Mermaid's entity codes back to characters (`#quot;`, `#35;`), as Mermaid decodes them. */
function decode(label: string): string {
  return label.replace(/#(\w+);/g, (m, code: string) =>
    /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : (NAMED[code] ?? m),
  );
}

// `id("label")`, `id(["label"])`, `id{{"label"}}`, `id(("label"))`: a node with a quoted label.
const NODE = /^\s*([A-Za-z0-9_]+)(\(\[|\(\(|\{\{|\(|\[)"(.*)"(\]\)|\)\)|\}\}|\)|\])$/;
const LINK =
  /^\s*([A-Za-z0-9_]+) (-->|---|-\.-|-\.->\|attacks\||-\.->\|continues\|) ([A-Za-z0-9_]+)$/;

/** Reads the flowchart back line by line: nodes, links, subgraphs, styles; fails on anything else. */
function readMermaid(text: string) {
  const lines = text.split('\n');
  expect(lines.slice(0, 4)).toEqual([
    '---',
    expect.stringMatching(/^title: ".*"$/),
    '---',
    'flowchart BT',
  ]);
  const nodes: { id: string; shape: string; label: string; subgraph: string | undefined }[] = [];
  const links: { from: string; arrow: string; to: string; index: number }[] = [];
  const subgraphs: { id: string; label: string }[] = [];
  const linkStyles: { indices: number[]; style: string }[] = [];
  const classes = new Map<string, string[]>();
  let subgraph: string | undefined;
  for (const line of lines.slice(4)) {
    const node = NODE.exec(line);
    const link = LINK.exec(line);
    const sub = /^\s*subgraph ([A-Za-z0-9_]+) \["(.*)"\]$/.exec(line);
    const style = /^\s*linkStyle ([\d,]+) (.+)$/.exec(line);
    const cls = /^\s*class ([A-Za-z0-9_,]+) (\w+)$/.exec(line);
    if (node) {
      nodes.push({ id: node[1] ?? '', shape: node[2] ?? '', label: node[3] ?? '', subgraph });
    } else if (link) {
      links.push({
        from: link[1] ?? '',
        arrow: link[2] ?? '',
        to: link[3] ?? '',
        index: links.length,
      });
    } else if (sub) {
      expect(subgraph).toBeUndefined();
      subgraph = sub[1];
      subgraphs.push({ id: sub[1] ?? '', label: sub[2] ?? '' });
    } else if (/^\s*end$/.test(line)) {
      expect(subgraph).toBeDefined();
      subgraph = undefined;
    } else if (style) {
      linkStyles.push({ indices: (style[1] ?? '').split(',').map(Number), style: style[2] ?? '' });
    } else if (cls) {
      classes.set(cls[2] ?? '', [
        ...(classes.get(cls[2] ?? '') ?? []),
        ...(cls[1] ?? '').split(','),
      ]);
    } else {
      // Anything else must be a class definition, a comment or the final empty line.
      expect(line).toMatch(/^(\s*classDef \w+ [^\n]+|\s*%% (?!\{).*|)$/);
      expect(line).not.toMatch(/%%\{/);
    }
  }
  expect(subgraph).toBeUndefined();
  return { nodes, links, subgraphs, linkStyles, classes };
}

function undercutMap(): ArgumentMap {
  return tinyMap(
    [{ id: 'c', kind: 'conclusion' }, 'a', 'b', 'd', 'e'],
    [
      ['r1', 'support', ['a', 'b'], 'c'],
      ['r2', 'attack', 'd', 'r1'],
      ['r3', 'continues', 'c', 'e'],
    ],
  );
}

const MAPS: [string, () => ArgumentMap][] = [
  ['the default map', loadDefaultMap],
  ['a hostile map', hostileMap],
];

describe('toMermaid', () => {
  for (const [name, load] of MAPS) {
    it(`declares every node of ${name} once, with a safe id and its label`, () => {
      const map = load();
      for (const labels of ['source', 'gloss'] as const) {
        const { nodes } = readMermaid(toMermaid(map, { labels }));
        const ids = nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[nj]_[A-Za-z0-9_]*$/);
        const boxes = nodes.filter((n) => n.id.startsWith('n_'));
        expect(boxes).toHaveLength(map.nodes.length);
        // Declared in map order within each subgraph; compare the decoded labels as a set.
        expect(new Set(boxes.map((n) => decode(n.label).split('<br>').join('\n')))).toEqual(
          new Set(map.nodes.map((n) => textLines(nodeLabel(n, labels)).join('\n'))),
        );
        for (const n of nodes) expect(n.label).not.toContain('"');
      }
    });

    it(`draws every relation of ${name} as links between declared nodes`, () => {
      const map = load();
      const { nodes, links } = readMermaid(toMermaid(map));
      const declared = new Set(nodes.map((n) => n.id));
      for (const l of links) expect(declared.has(l.from) && declared.has(l.to)).toBe(true);
      const targeted = new Set(map.relations.map((r) => r.to));
      const expected = map.relations.reduce(
        (sum, r) => sum + r.from.length + (r.from.length > 1 || targeted.has(r.id) ? 1 : 0),
        0,
      );
      expect(links).toHaveLength(expected);
      const count = (arrow: string) => links.filter((l) => l.arrow === arrow).length;
      const kinds = (kind: string) => map.relations.filter((r) => r.kind === kind);
      expect(count('-.->|attacks|')).toBe(kinds('attack').length);
      expect(count('-.->|continues|')).toBe(
        kinds('continues').reduce((sum, r) => sum + r.from.length, 0),
      );
    });

    it(`makes each group of ${name} a subgraph holding its members`, () => {
      const map = load();
      const { nodes, subgraphs } = readMermaid(toMermaid(map));
      expect(subgraphs.map((s) => decode(s.label))).toEqual(map.groups.map((g) => g.label));
      for (const [i, g] of map.groups.entries()) {
        const inside = nodes.filter((n) => n.subgraph === subgraphs[i]?.id);
        expect(inside).toHaveLength(g.members.length);
      }
    });
  }

  it('links co-premises through one "and" circle and aims the undercut at it', () => {
    const { nodes, links, linkStyles } = readMermaid(toMermaid(undercutMap()));
    expect(nodes.find((n) => n.id === 'j_r1')).toMatchObject({ shape: '((', label: 'and' });
    expect(links.map((l) => `${l.from} ${l.arrow} ${l.to}`)).toEqual([
      'n_a --- j_r1',
      'n_b --- j_r1',
      'j_r1 --> n_c',
      'n_d -.->|attacks| j_r1',
      'n_c -.->|continues| n_e',
    ]);
    const red = linkStyles.find((s) => s.style.includes('#C62828'));
    expect(red?.indices).toEqual([3]);
  });

  it('gives ids that clash after cleaning, or that are Mermaid keywords, distinct safe names', () => {
    const map = tinyMap(['a-b', 'a_b', 'a.b', 'end', 'ö']);
    const ids = readMermaid(toMermaid(map)).nodes.map((n) => n.id);
    expect(ids).toEqual(['n_a_b', 'n_a_b_2', 'n_a_b_3', 'n_end', 'n__']);
  });

  it('writes characters Mermaid would read as syntax as entity codes', () => {
    expect(mermaidLabel('say "hi" #1 <b> & 100% `code`')).toBe(
      'say #quot;hi#quot; #35;1 #lt;b#gt; #amp; 100#37; #96;code#96;',
    );
    expect(mermaidLabel('#quot; stays text')).toBe('#35;quot; stays text');
    expect(mermaidLabel('two\nlines')).toBe('two<br>lines');
    expect(decode(mermaidLabel('ä "x" #35; <y>'))).toBe('ä "x" #35; <y>');
  });

  it('keeps the other text as a comment that cannot become a directive', () => {
    const map = tinyMap([
      { id: 'a', gloss: 'sneaky %%{init: {"theme": "dark"}}%% gloss\nnext line' },
    ]);
    const text = toMermaid(map);
    readMermaid(text);
    expect(text).toContain('%% sneaky % %{init: {"theme": "dark"}}% % gloss next line');
  });
});
