import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { ArgumentMap } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import debate from './fixtures/debate.argdown?raw';
import equivalence from './fixtures/equivalence.argdown?raw';
import reconstruction from './fixtures/reconstruction.argdown?raw';
import { fromArgdown } from './fromArgdown';
import { imported, issuesOf } from './importedForTests';
import { toArgdown } from './toArgdown';

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Argdown keeps no order of nodes and relations across its blocks (grouped nodes are written
 * under their headings, arguments after plain relations), so those two lists are compared by id.
 */
const unordered = (map: ArgumentMap) => ({
  ...map,
  nodes: byId(map.nodes),
  relations: byId(map.relations),
});

const kindsOf = (map: ArgumentMap) => Object.fromEntries(map.nodes.map((n) => [n.id, n.kind]));
const textOf = (map: ArgumentMap, id: string) => map.nodes.find((n) => n.id === id)?.text;
const relationsOf = (map: ArgumentMap) =>
  map.relations.map((r) => `${r.from.join(' + ')} ${r.kind} ${r.to}`);

describe('fromArgdown: our own files', () => {
  const MAPS: [string, () => ArgumentMap][] = [
    ['the default map', loadDefaultMap],
    ['the hostile map', hostileMap],
  ];
  for (const [name, load] of MAPS) {
    for (const labels of ['source', 'gloss'] as const) {
      it(`reads back ${name} exported with ${labels} labels`, () => {
        // toArgdown has no place for tours: they are left out on both sides.
        const { tours: _tours, ...map } = load();
        const back = imported(toArgdown(map, { labels }));
        expect(back.warnings).toEqual([]);
        expect(unordered(back.map)).toEqual(unordered(map));
        expect(back.map.groups).toEqual(map.groups);
      });
    }
  }

  it('reads back a "continues" relation from several nodes as one, its sources in order', () => {
    // `c` is grouped, so Argdown defines it after `b`.
    const map = tinyMap(
      ['a', 'b', 'c', 'd'],
      [
        ['next', 'continues', ['c', 'b'], 'a'],
        ['then', 'continues', ['d', 'b', 'c'], 'a'],
      ],
      [{ id: 'g', label: 'G', members: ['c'] }],
    );
    const back = imported(toArgdown(map));
    expect(back.warnings).toEqual([]);
    expect(unordered(back.map)).toEqual(unordered(map));
  });

  it('reads back ids starting with _ or -, and ids that name properties of every object', () => {
    const map = tinyMap(
      ['_a', '-b', 'constructor', '__proto__', 'e'],
      [
        ['_r', 'support', ['_a', '-b'], 'constructor'],
        ['_u', 'attack', '__proto__', '_r'],
        ['toString', 'attack', ['e', '__proto__'], '_u'],
        ['_c', 'continues', ['e', '_a'], 'constructor'],
      ],
      [{ id: '_g', label: 'G', members: ['e'] }],
    );
    for (const labels of ['source', 'gloss'] as const) {
      const back = imported(toArgdown(map, { labels }));
      expect(back.warnings).toEqual([]);
      expect(unordered(back.map)).toEqual(unordered(map));
    }
  });

  it('keeps an edit made in Argdown to the text a statement shows', () => {
    const map = tinyMap(['a', 'b'], [['r1', 'support', 'a', 'b']]);
    const text = toArgdown(map).replace('[a]: text of a', '[a]: edited in Argdown');
    const a = imported(text).map.nodes.find((n) => n.id === 'a');
    expect(a).toMatchObject({ text: 'edited in Argdown', gloss: 'gloss of a' });
  });

  it('reads a front matter it does not know as plain Argdown, with a warning', () => {
    const text = '===\nargmap: {version: 99}\n===\n\n[A]: a\n  + [B]: b\n';
    const { map, warnings } = imported(text);
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([
      { path: 'line 1, column 1', message: expect.stringMatching(/argmap/) },
    ]);
  });
});

describe('fromArgdown: a debate', () => {
  const { map, warnings } = imported(debate);

  it('takes the title from the front matter and makes every statement a node', () => {
    expect(map.title).toBe('Car-free city centres');
    expect(map.source).toEqual({ text: '', language: 'und' });
    expect(map.nodes.map((n) => n.id)).toEqual([
      'car-ban',
      'clean-air',
      'electric-cars',
      'safer-streets',
      'shops',
      'pedestrian-zones',
      'free-choice',
      'tyre-dust',
      'night-deliveries',
      'helmets',
    ]);
    expect(textOf(map, 'car-ban')).toBe('Cities should ban private cars from their centres.');
    expect(map.groups).toEqual([]);
  });

  it('guesses kinds from where statements stand', () => {
    expect(kindsOf(map)).toEqual({
      'car-ban': 'conclusion',
      'clean-air': 'premise',
      'electric-cars': 'objection',
      'safer-streets': 'premise',
      shops: 'objection',
      'pedestrian-zones': 'objection',
      'free-choice': 'objection',
      'tyre-dust': 'objection',
      'night-deliveries': 'premise',
      helmets: 'objection',
    });
  });

  it('reads +, -, +>, -> and an undercut of an argument without inference', () => {
    expect(relationsOf(map)).toEqual([
      'electric-cars attack clean-air',
      'clean-air support car-ban',
      'safer-streets support car-ban',
      'pedestrian-zones attack shops',
      'shops attack car-ban',
      'free-choice attack car-ban',
      'tyre-dust attack electric-cars',
      'night-deliveries support car-ban',
      'helmets attack safer-streets',
    ]);
  });

  it('warns, located, where an argument has no premise-conclusion structure', () => {
    expect(textOf(map, 'safer-streets')).toBe(
      'Without cars, fewer pedestrians and cyclists are hurt.',
    );
    expect(warnings).toEqual([
      { path: 'line 14, column 5', message: expect.stringMatching(/^<Safer streets> has no/) },
      { path: 'line 27, column 1', message: expect.stringMatching(/read as an attack/) },
    ]);
  });
});

describe('fromArgdown: reconstructed arguments', () => {
  const { map, warnings } = imported(reconstruction);

  it('makes each inference one relation from all its premises together', () => {
    expect(map.relations).toEqual([
      {
        id: 'moral-luck-1',
        kind: 'support',
        from: ['luck', 'control', 'outcome'],
        to: 'inconsistent',
      },
      { id: 'moral-luck', kind: 'support', from: ['inconsistent', 'revise'], to: 'reform' },
      {
        id: 'different-acts',
        kind: 'support',
        from: ['acts', 'acts-matter'],
        to: 'not-inconsistent',
      },
      { id: 'r1', kind: 'attack', from: ['degrees'], to: 'luck' },
      // An argument that attacks an argument: its conclusion against that argument's inference.
      { id: 'r2', kind: 'attack', from: ['not-inconsistent'], to: 'moral-luck' },
      // The undercut `_>` attacks the main inference.
      { id: 'r3', kind: 'attack', from: ['conservatism'], to: 'moral-luck' },
    ]);
  });

  it('guesses premises, conclusions and objections', () => {
    expect(kindsOf(map)).toEqual({
      luck: 'premise',
      control: 'premise',
      outcome: 'premise',
      inconsistent: 'premise',
      revise: 'premise',
      reform: 'conclusion',
      degrees: 'objection',
      acts: 'premise',
      'acts-matter': 'premise',
      'not-inconsistent': 'objection',
      conservatism: 'objection',
    });
  });

  it('makes headings groups of the statements defined under them', () => {
    expect(map.groups).toEqual([
      {
        id: 'reconstruction',
        label: 'Reconstruction',
        members: ['luck', 'control', 'outcome', 'inconsistent', 'revise', 'reform'],
      },
      {
        id: 'objections',
        label: 'Objections',
        members: ['degrees', 'acts', 'acts-matter', 'not-inconsistent', 'conservatism'],
      },
    ]);
  });

  it("reads tags as the nodes' tags, out of their text, arguments' included", () => {
    const node = (id: string) => map.nodes.find((n) => n.id === id);
    expect(node('reform')).toMatchObject({
      text: 'We should revise our practice of blame.',
      tags: ['conclusion'],
    });
    expect(node('degrees')?.tags).toEqual(['objection']);
    expect(node('conservatism')).toMatchObject({
      text: 'Changing a practice of blame costs more than living with its flaws.',
      tags: ['objection'],
    });
    expect(node('luck')?.tags).toBeUndefined();
  });

  it('warns, located, about the text it leaves out and relations placed on an inference', () => {
    expect(warnings).toEqual([
      {
        path: 'line 7, column 1',
        message:
          '<Moral luck> becomes relations, which have no text: its description and its inference rule ("Modus tollens") are left out',
      },
      { path: 'line 31, column 1', message: expect.stringMatching(/drawn on its inference/) },
      { path: 'line 33, column 1', message: expect.stringMatching(/^<Conservatism> has no/) },
    ]);
  });

  it('follows the premises an inference names in its data', () => {
    const text = '<A>\n\n(1) [P]: p\n(2) [Q]: q\n-- rule {uses: [2]} --\n(3) [C]: c\n';
    expect(imported(text).map.relations).toEqual([
      { id: 'a', kind: 'support', from: ['q'], to: 'c' },
    ]);
  });
});

describe('fromArgdown: equivalence classes', () => {
  const { map, warnings } = imported(equivalence);

  it('makes one node of every use of a title, with the last text', () => {
    expect(map.title).toBe('Imported Argdown map');
    expect(map.nodes.filter((n) => n.id === 'freedom')).toHaveLength(1);
    expect(textOf(map, 'freedom')).toBe('Everyone is free to express their opinions.');
    expect(warnings).toContainEqual({
      path: 'line 4, column 1',
      message: '[Freedom] is defined with 2 different texts; the last one is kept',
    });
  });

  it('keeps plain words of formatted text and mentions', () => {
    expect(textOf(map, 'harm')).toBe('Speech that incites violence harms others, see the report.');
    expect(textOf(map, 'limits')).toBe(
      'The law may limit only speech that harms others, as Harm shows.',
    );
  });

  it('reads a contradiction as two attacks, and <+ as support', () => {
    expect(relationsOf(map)).toEqual([
      'democracy support freedom',
      'freedom attack censorship',
      'censorship attack freedom',
      'freedom attack harm',
      'harm support limits',
      'untitled-1 support limits',
      'slippery-slope attack limits',
    ]);
    expect(warnings).toContainEqual({
      path: 'line 6, column 1',
      message: '[Freedom] and [Censorship] contradict each other: drawn as two attacks',
    });
  });

  it('names untitled statements, and uses the title of a statement without text', () => {
    expect(textOf(map, 'untitled-1')).toBe('The courts draw the line, case by case.');
    expect(textOf(map, 'slippery-slope')).toBe('Slippery slope');
    expect(warnings).toContainEqual({
      path: 'line 16, column 5',
      message: '[Slippery slope] has no text: its title is used as its text',
    });
    expect(kindsOf(map)).toMatchObject({ where: 'question', limits: 'conclusion' });
  });
});

describe('fromArgdown: sections', () => {
  it('leaves a statement defined under two headings ungrouped and flattens nesting', () => {
    const text = '# One\n\n[A]: a\n\n## Two\n\n[B]: b\n\n# Three\n\n[A]: a again\n';
    const { map, warnings } = imported(text);
    expect(map.groups).toEqual([{ id: 'two', label: 'Two', members: ['b'] }]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/groups do not nest/),
      expect.stringMatching(/^\[A\] is defined with 2 different texts/),
      expect.stringMatching(/^\[A\] is defined under several headings/),
    ]);
  });

  it('ignores settings in the front matter: a tag inside the text stays as its words', () => {
    const text = '===\nmodel: {removeTagsFromText: true}\n===\n\n[A]: a #(fair share) b #tag\n';
    expect(imported(text).map.nodes[0]).toMatchObject({
      text: 'a fair share b',
      tags: ['fair share', 'tag'],
    });
  });
});

describe('fromArgdown: problems', () => {
  it('fails on an empty file and on a file without statements', () => {
    expect(issuesOf(fromArgdown(' \n\n'))).toEqual([
      { path: '', message: expect.stringMatching(/empty/) },
    ]);
    expect(issuesOf(fromArgdown('# Only a heading\n\n// and a comment'))).toEqual([
      { path: '', message: expect.stringMatching(/^no statements found/) },
    ]);
  });

  it('locates syntax errors by line and column', () => {
    expect(issuesOf(fromArgdown('[A]: a\n[B]: b\n'))).toEqual([
      { path: 'line 2, column 1', message: expect.stringMatching(/line before is not empty/) },
    ]);
    expect(issuesOf(fromArgdown('<A>\n\n(1) a\n----\n'))).toEqual([
      { path: 'line 4, column 5', message: expect.any(String) },
    ]);
  });

  it('locates what the lexer, the YAML data and the model cannot read', () => {
    expect(issuesOf(fromArgdown('[A]: a\n[B]: b \\\n'))[0]?.path).toBe('line 2, column 8');
    expect(issuesOf(fromArgdown('[A]: a {kind: [}\n'))).toEqual([
      { path: 'line 1, column 8', message: expect.stringMatching(/^invalid data \(YAML\)/) },
    ]);
    const twice = '<A>\n\n(1) a\n----\n(2) b\n\n<A>\n\n(1) c\n----\n(2) d\n';
    expect(issuesOf(fromArgdown(twice))).toEqual([
      { path: 'line 9, column 1', message: expect.stringMatching(/Multiple premise-conclusion/) },
    ]);
  });

  it('reads a file with @include lines without them, saying what to paste in their place', () => {
    const result = fromArgdown('[A]: a\n\n@include(_partial1.argdown)\n\n[A]\n  + [B]: b\n');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.nodes.map((n) => n.text)).toEqual(['a', 'b']);
    expect(result.warnings).toEqual([
      {
        path: 'line 3, column 1',
        message:
          '@include(_partial1.argdown) is left out: a file opened here is read alone; paste the text of _partial1.argdown in its place to map it',
      },
    ]);
  });

  it("keeps a link's words and names the address it leaves out", () => {
    const result = fromArgdown(
      '[T]: We see it.\n  + [U]: a [first](http://x.org) and [second](https://y.org/z) one\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.nodes.map((n) => n.text)).toEqual(['We see it.', 'a first and second one']);
    expect(result.warnings).toEqual([
      {
        path: 'line 2, column 5',
        message:
          '[U]: the addresses of its 2 links (http://x.org, https://y.org/z) are left out; the words are kept',
      },
    ]);
  });

  it('opens a circle of support without the relation closing it, warning where that stands', () => {
    const result = fromArgdown('[A]: a\n  + [B]: b\n  - [C]: c\n\n[B]\n  + [A]\n');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [a, b, c] = result.map.nodes.map((n) => n.id);
    expect(result.map.relations.map((r) => [r.kind, r.from, r.to])).toEqual([
      ['attack', [c], a],
      ['support', [a], b],
    ]);
    expect(result.warnings).toEqual([
      {
        path: 'line 2, column 1',
        message:
          'the support of [A] is left out: it would close a circle of support ([A] -> [B] -> [A])',
      },
    ]);
  });
});

describe('fromArgdown: hostile input', () => {
  it('keeps markup as plain text', () => {
    const text = [
      '[<img src=x onerror=alert(1)>]: Look: \\<img src=x onerror="alert(1)"\\> & \\<b\\>',
      '  + <script>: <svg onload=alert(1)',
    ].join('\n');
    const { map } = imported(text);
    expect(map.nodes.map((n) => [n.id, n.text])).toEqual([
      ['img-src-x-onerror-alert-1', 'Look: <img src=x onerror="alert(1)"> & <b>'],
      ['script', '<svg onload=alert(1)'],
    ]);
  });

  it('refuses markup Argdown reads as syntax with a located error, not an exception', () => {
    expect(issuesOf(fromArgdown('[X]: see <img src=x onerror=alert(1)>\n'))[0]?.path).toBe(
      'line 1, column 10',
    );
  });

  it('refuses titles that would reach into Object.prototype', () => {
    const text = '[__proto__]: x #tag {polluted: 1}\n  + <constructor>: y\n';
    expect(issuesOf(fromArgdown(text)).map((i) => i.path)).toEqual([
      'line 1, column 1',
      'line 2, column 5',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).tags).toBeUndefined();
  });

  it('keeps a long text whole, and cuts one beyond the model limit with a warning', () => {
    const long = 'word '.repeat(900).trim();
    expect(textOf(imported(`[A]: ${long}\n`).map, 'a')).toBe(long);
    const tooLong = imported(`[A]: ${'word '.repeat(1200)}\n`);
    expect(textOf(tooLong.map, 'a')).toHaveLength(5000);
    expect(textOf(tooLong.map, 'a')?.endsWith('…')).toBe(true);
    expect(tooLong.warnings).toEqual([
      { path: 'line 1, column 1', message: expect.stringMatching(/cut to 5000/) },
    ]);
  });
});

describe('fromArgdown: text Argdown would take too long to read', () => {
  const refusal = (text: string) => issuesOf(fromArgdown(text));

  it.each([
    [
      'braces',
      '{'.repeat(20_000),
      'line 1, column 1',
      /^"\{" starts a data block that is not closed/,
    ],
    ['brackets', '['.repeat(20_000), 'line 1, column 1', /^"\[" starts a statement title/],
    ['angle brackets', '<'.repeat(20_000), 'line 1, column 1', /^"<" starts an argument title/],
    ['tags', '#('.repeat(10_000), 'line 1, column 1', /^"#\(" starts a tag/],
    ['comments', '<!--'.repeat(10_000), 'line 1, column 1', /^"<!--" starts a comment/],
  ])('refuses 20,000 characters of unclosed %s at the first one', (_name, text, path, message) => {
    expect(refusal(text)).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('names where unclosed braces spread over lines start, and how many there are', () => {
    const text = `[A]: a statement\n\n${'[B]: b {\n'.repeat(10_000)}`;
    expect(refusal(text)).toEqual([
      {
        path: 'line 3, column 8',
        message: expect.stringMatching(/each of 10000 "\{" like this one.*write \\\{ where/),
      },
    ]);
  });

  it('reads brackets that are closed, escaped, or inside data and comments', () => {
    // Unclosed in the data, `/*`, `<!--` and `#(` would each be read to the end of the file.
    const closed = Array.from(
      { length: 2000 },
      (_, i) =>
        `[s${i}]: see @<Arg ${i}> and #(tag ${i}), \\{ \\[ \\< \\#( /* { [ <!-- */ {note: "<!-- #( /* { [ <"}`,
    ).join('\n\n');
    expect(imported(`${closed}\n`).map.nodes).toHaveLength(2000);
  });

  it('stops after a number of syntax errors, each located, and says so', () => {
    // No empty lines: Argdown's parser would search the rest of the file after each error.
    const issues = refusal('[A]\n  + [A]\n'.repeat(5000));
    expect(issues.length).toBeGreaterThan(2);
    expect(issues.length).toBeLessThanOrEqual(101);
    expect(issues[0]).toEqual({ path: 'line 3, column 1', message: expect.any(String) });
    expect(issues.at(-1)?.message).toMatch(/^stopped after \d+ syntax errors/);
    // The parser is Argdown's one instance: the next file is read as always.
    expect(refusal('[A]: a\n[B]: b\n')).toEqual([
      { path: 'line 2, column 1', message: expect.stringMatching(/line before is not empty/) },
    ]);
  });
});

describe('fromArgdown: size', () => {
  /** A tree of statements: s0 at the root, every statement with three children (+, +, -). */
  function tree(count: number): string {
    const blocks = [];
    for (let parent = 0; 3 * parent + 1 < count; parent++) {
      const lines = [parent === 0 ? '[s0]: Statement number 0.' : `[s${parent}]`];
      for (let c = 3 * parent + 1; c <= Math.min(3 * parent + 3, count - 1); c++) {
        const symbol = c % 3 === 0 ? '-' : '+';
        lines.push(`  ${symbol} [s${c}]: Statement number ${c}, with a few more words.`);
      }
      blocks.push(lines.join('\n'));
    }
    return `${blocks.join('\n\n')}\n`;
  }

  it('reads 1000 statements', () => {
    const { map } = imported(tree(1000));
    expect(map.nodes).toHaveLength(1000);
    expect(map.relations).toHaveLength(999);
    expect(map.relations.filter((r) => r.kind === 'attack')).toHaveLength(333);
  });
});
