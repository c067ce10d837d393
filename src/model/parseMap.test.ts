import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, parseMap } from './parseMap';
import { type ArgumentMap, formatIssue, MAP_FORMAT_VERSION, type MapIssue } from './types';

const readData = (name: string) =>
  readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

const DEFAULT_MAP_JSON = readData('default-map.json');
const CLEAN_TEXT = readData('passage.clean.txt');

/** A fresh, mutable copy of the default map file as written on disk. */
const defaultFile = (): ArgumentMap => JSON.parse(DEFAULT_MAP_JSON) as ArgumentMap;

function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item at ${i}`);
  return item;
}

function nodeIndex(map: ArgumentMap, id: string): number {
  const i = map.nodes.findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`no node "${id}"`);
  return i;
}

function relationIndex(map: ArgumentMap, id: string): number {
  const i = map.relations.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`no relation "${id}"`);
  return i;
}

function parsedDefault(): ArgumentMap {
  const result = parseMap(DEFAULT_MAP_JSON);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.map;
}

function issuesOf(input: unknown): MapIssue[] {
  const result = parseMap(input);
  if (result.ok) throw new Error('expected the map to be rejected');
  return result.issues;
}

function expectIssue(issues: MapIssue[], path: string, message: string | RegExp): void {
  const match = issues.find(
    (i) =>
      i.path === path &&
      (typeof message === 'string' ? i.message.includes(message) : message.test(i.message)),
  );
  if (!match) {
    throw new Error(
      `expected an issue at ${path} matching ${String(message)}, got:\n${issues.map(formatIssue).join('\n')}`,
    );
  }
}

describe('the default map', () => {
  it('parses without issues', () => {
    const result = parseMap(DEFAULT_MAP_JSON);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('is built on the clean text, and every quote is exactly its span of that text', () => {
    const map = parsedDefault();
    expect(map.source.text).toBe(CLEAN_TEXT);
    const quoted = map.nodes.filter((n) => n.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const node of quoted) {
      const q = node.quote;
      if (!q) continue;
      expect(CLEAN_TEXT.slice(q.start, q.end), node.id).toBe(q.text);
    }
  });

  it('quotes every node that is not implicit, and no implicit node', () => {
    const map = parsedDefault();
    for (const node of map.nodes) {
      expect(node.quote === undefined, node.id).toBe(node.implicit);
    }
  });

  it('has the structure the reading of the passage demands', () => {
    const map = parsedDefault();
    const byId = new Map(map.nodes.map((n) => [n.id, n]));

    const conclusions = map.nodes.filter((n) => n.kind === 'conclusion');
    expect(conclusions).toHaveLength(1);
    const conclusion = at(conclusions, 0);
    expect(conclusion.text).toContain('somit');
    expect(map.relations.some((r) => r.kind === 'support' && r.to === conclusion.id)).toBe(true);

    expect(map.nodes.some((n) => n.implicit)).toBe(true);
    // The page ends mid-sentence: the last quoted node says so and quotes up to the end.
    const broken = map.nodes.filter((n) => n.breaksOff);
    expect(broken).toHaveLength(1);
    expect(at(broken, 0).quote?.end).toBe(CLEAN_TEXT.length);

    const continues = map.relations.filter((r) => r.kind === 'continues');
    expect(continues.length).toBeGreaterThan(0);
    for (const r of continues) {
      // Reading order: the text goes on from `from` to `to`.
      const from = byId.get(at(r.from, 0));
      const to = byId.get(r.to);
      expect(from?.quote && to?.quote && from.quote.start < to.quote.start, r.id).toBe(true);
    }

    const linked = map.relations.filter((r) => r.kind === 'support' && r.from.length === 2);
    expect(linked.length).toBeGreaterThan(0);

    const labels = map.groups.map((g) => g.label);
    for (const n of [1, 2, 3]) {
      expect(labels.some((l) => l.startsWith(`Funktion ${n}`))).toBe(true);
    }
    // The heading of section 6 is in the text, and a group is named after it.
    const heading = CLEAN_TEXT.split('\n').find((line) => line.startsWith('6. '));
    expect(heading).toBeDefined();
    expect(labels).toContain(heading);
  });
});

describe('parseMap rejects a bad file and says where', () => {
  it('a quote whose text does not match its offsets', () => {
    const file = defaultFile();
    const i = nodeIndex(file, 'feasibility');
    const q = at(file.nodes, i).quote;
    if (!q) throw new Error('fixture node has no quote');
    q.text = q.text.replace('verbessert', 'verschlechtert');
    expectIssue(
      issuesOf(file),
      `nodes[${i}].quote`,
      `text at ${q.start}-${q.end} differs from the quoted string`,
    );
  });

  it('quote offsets shifted by one character', () => {
    const file = defaultFile();
    const i = nodeIndex(file, 'conclusion');
    const q = at(file.nodes, i).quote;
    if (!q) throw new Error('fixture node has no quote');
    q.start += 1;
    q.end += 1;
    expectIssue(issuesOf(file), `nodes[${i}].quote`, 'differs from the quoted string');
  });

  it('quote offsets beyond the end of the text', () => {
    const file = defaultFile();
    const q = at(file.nodes, 0).quote;
    if (!q) throw new Error('fixture node has no quote');
    q.end = file.source.text.length + 5;
    expectIssue(issuesOf(file), 'nodes[0].quote', 'outside the source text');
  });

  it('formats an issue as path and message', () => {
    const file = defaultFile();
    const q = at(file.nodes, 3).quote;
    if (!q) throw new Error('fixture node has no quote');
    q.start = 412;
    q.end = 470;
    const issues = issuesOf(file);
    expect(issues.map(formatIssue)).toContain(
      'nodes[3].quote: text at 412-470 differs from the quoted string',
    );
    expect(formatIssue({ path: '', message: 'a map file must be a JSON object' })).toBe(
      'a map file must be a JSON object',
    );
    expect(formatPath(['relations', 2, 'from', 0])).toBe('relations[2].from[0]');
  });

  it('a relation that names an unknown node', () => {
    const file = defaultFile();
    const i = relationIndex(file, 'r-main');
    const r = at(file.relations, i);
    r.from[1] = 'no-such-node';
    expectIssue(issuesOf(file), `relations[${i}].from[1]`, 'unknown node "no-such-node"');

    const file2 = defaultFile();
    at(file2.relations, i).to = 'nowhere';
    expectIssue(issuesOf(file2), `relations[${i}].to`, '"nowhere"');
  });

  it('a relation from a node to itself', () => {
    const file = defaultFile();
    const i = relationIndex(file, 'r-realism');
    const r = at(file.relations, i);
    r.to = at(r.from, 0);
    expectIssue(issuesOf(file), `relations[${i}].to`, 'itself');
  });

  it('a duplicate id, also across nodes and relations', () => {
    const file = defaultFile();
    const i = nodeIndex(file, 'feasibility');
    const first = nodeIndex(file, 'legitimacy');
    at(file.nodes, i).id = 'legitimacy';
    // The later of the two is the duplicate.
    expectIssue(issuesOf(file), `nodes[${Math.max(i, first)}].id`, 'duplicate id "legitimacy"');

    const file2 = defaultFile();
    const j = relationIndex(file2, 'r-cost');
    at(file2.relations, j).id = 'conclusion';
    expectIssue(issuesOf(file2), `relations[${j}].id`, 'duplicate id "conclusion"');
  });

  it('a support cycle, but not an attack cycle', () => {
    const file = defaultFile();
    file.relations.push({ id: 'r-back', kind: 'support', from: ['conclusion'], to: 'feasibility' });
    const issues = issuesOf(file);
    expect(issues.some((x) => x.message.includes('support cycle'))).toBe(true);
    expect(issues.every((x) => /^relations\[\d+\]$/.test(x.path))).toBe(true);

    // Mutual rebuttal is ordinary: the conclusion may attack the view that attacks it.
    const attack = defaultFile();
    attack.relations.push({
      id: 'r-rebut',
      kind: 'attack',
      from: ['conclusion'],
      to: 'traditional-view',
    });
    expect(parseMap(attack).ok).toBe(true);
  });

  it('a cycle of "continues" relations', () => {
    const file = defaultFile();
    file.relations.push({
      id: 'r-loop',
      kind: 'continues',
      from: ['cooperative-defence'],
      to: 'realism-declines',
    });
    expect(issuesOf(file).some((x) => x.message.includes('cycle'))).toBe(true);
  });

  it('an implicit node with a quote', () => {
    const file = defaultFile();
    const i = nodeIndex(file, 'traditional-view');
    const node = at(file.nodes, i);
    expect(node.implicit).toBe(true);
    const text = 'Militärbündnisse';
    const start = file.source.text.indexOf(text);
    node.quote = { start, end: start + text.length, text };
    expectIssue(issuesOf(file), `nodes[${i}].quote`, 'implicit');
  });

  it('a group member that is no node, and a node in two groups', () => {
    const file = defaultFile();
    const g = file.groups.findIndex((x) => x.id === 'g-burden');
    at(file.groups, g).members.push('ghost');
    const ghostAt = at(file.groups, g).members.length - 1;
    expectIssue(issuesOf(file), `groups[${g}].members[${ghostAt}]`, 'unknown node "ghost"');

    const file2 = defaultFile();
    const last = file2.groups.length - 1;
    const first = at(file2.groups, 0);
    at(file2.groups, last).members.push(at(first.members, 0));
    const dupAt = at(file2.groups, last).members.length - 1;
    expectIssue(
      issuesOf(file2),
      `groups[${last}].members[${dupAt}]`,
      `already in group "${first.id}"`,
    );
  });

  it('a member listed twice in one group', () => {
    const file = defaultFile();
    const members = at(file.groups, 0).members;
    members.push(at(members, 0));
    expectIssue(
      issuesOf(file),
      `groups[0].members[${members.length - 1}]`,
      'listed twice in this group',
    );
  });

  it('a field of the wrong type or an unknown kind', () => {
    const file = defaultFile();
    (at(file.nodes, 0) as { kind: string }).kind = 'banana';
    expectIssue(issuesOf(file), 'nodes[0].kind', /./);

    const file2 = defaultFile();
    (at(file2.relations, 1) as { from: unknown }).from = 'feasibility';
    expectIssue(issuesOf(file2), 'relations[1].from', /./);

    const file3 = defaultFile();
    (at(file3.nodes, 2) as { text: unknown }).text = '   ';
    expectIssue(issuesOf(file3), 'nodes[2].text', 'must not be empty');

    const file4 = defaultFile();
    (at(file4.nodes, 4) as { colour?: string }).colour = 'red';
    expect(issuesOf(file4).some((x) => x.path.startsWith('nodes[4]'))).toBe(true);
  });

  it('text that is not JSON', () => {
    const issues = issuesOf(DEFAULT_MAP_JSON.slice(0, 200));
    expect(issues).toHaveLength(1);
    expect(at(issues, 0).message).toMatch(/JSON/);
  });

  it('JSON that is not an object', () => {
    for (const input of ['[]', 'null', '42']) {
      expect(issuesOf(input).length, input).toBeGreaterThan(0);
    }
  });

  it('a version newer than this app, or none', () => {
    const newer = defaultFile() as unknown as Record<string, unknown>;
    newer.version = MAP_FORMAT_VERSION + 1;
    expectIssue(issuesOf(newer), 'version', 'newer');

    const missing = defaultFile() as unknown as Record<string, unknown>;
    delete missing.version;
    expectIssue(issuesOf(missing), 'version', /./);

    const text = defaultFile() as unknown as Record<string, unknown>;
    text.version = '1';
    expectIssue(issuesOf(text), 'version', /./);
  });

  it('a "continues" relation that points at a relation', () => {
    const file = defaultFile();
    const i = relationIndex(file, 'r-first-option');
    at(file.relations, i).to = 'r-question';
    expectIssue(issuesOf(file), `relations[${i}].to`, 'continues');
  });

  it('a relation that targets itself', () => {
    const file = defaultFile();
    const i = relationIndex(file, 'r-traditional');
    at(file.relations, i).to = 'r-traditional';
    expectIssue(issuesOf(file), `relations[${i}].to`, 'itself');
  });
});

describe('parseMap accepts', () => {
  it('an undercut: an attack on the inference of another relation', () => {
    const file = defaultFile();
    file.nodes.push({
      id: 'doubt',
      kind: 'objection',
      implicit: true,
      text: 'Die Kernfunktion ist nicht ganz verloren.',
      gloss: '',
    });
    file.relations.push({ id: 'r-undercut', kind: 'attack', from: ['doubt'], to: 'r-realism' });
    const result = parseMap(file);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('a file that leaves out optional fields, and fills their defaults', () => {
    const result = parseMap({
      version: MAP_FORMAT_VERSION,
      title: 'Minimal',
      source: { text: '', language: 'en' },
      nodes: [{ id: 'a', kind: 'claim', text: 'A claim.' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.relations).toEqual([]);
    expect(result.map.groups).toEqual([]);
    expect(at(result.map.nodes, 0).implicit).toBe(false);
    expect(at(result.map.nodes, 0).gloss).toBe('');
  });
});

describe('a hostile file', () => {
  const chain = (n: number, closeLoop: boolean) => ({
    version: MAP_FORMAT_VERSION,
    title: 'x'.repeat(4000),
    source: { text: 'y'.repeat(4000), language: 'en' },
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? 'conclusion' : 'premise',
      text: i === 0 ? 'Lorem ipsum '.repeat(333).slice(0, 4000) : `Node ${i}`,
    })),
    relations: [
      ...Array.from({ length: n - 1 }, (_, i) => ({
        id: `r${i}`,
        kind: 'support',
        from: [`n${i + 1}`],
        to: `n${i}`,
      })),
      ...(closeLoop ? [{ id: 'r-loop', kind: 'support', from: ['n0'], to: `n${n - 1}` }] : []),
    ],
    groups: [{ id: 'g', label: 'L'.repeat(4000), members: ['n0', 'n1'] }],
  });

  it('with 10,000 nodes in one long support chain and 4,000-character texts parses', () => {
    const result = parseMap(JSON.stringify(chain(10_000, false)));
    expect(result.ok ? [] : result.issues.slice(0, 3).map(formatIssue)).toEqual([]);
    if (result.ok) expect(result.map.nodes).toHaveLength(10_000);
  });

  it('whose 10,000-long chain closes into a cycle is rejected once, without a stack overflow', () => {
    const issues = issuesOf(chain(10_000, true));
    const cycles = issues.filter((i) => i.message.includes('support cycle'));
    expect(cycles).toHaveLength(1);
  });
});

describe('tours', () => {
  const withTour = (): ArgumentMap => {
    const file = defaultFile();
    file.tours = [
      {
        id: 'intro',
        title: { en: 'Intro', de: 'Einstieg' },
        steps: [
          { id: 's1', title: { en: 'One' }, nodes: ['coordination-body', 'feasibility'] },
          { id: 's2', caption: { de: 'Zwei' }, notes: { en: 'Ask.' }, nodes: ['legitimacy'] },
          { id: 's3', nodes: ['conclusion', 'further-capabilities'] },
        ],
      },
    ];
    return file;
  };
  const intro = (file: ArgumentMap) => at(file.tours ?? [], 0);

  it('the default map has a tour that reveals every node exactly once', () => {
    const map = parsedDefault();
    const tour = at(map.tours ?? [], 0);
    expect(tour.id).toBe('teach');
    const revealed = tour.steps.flatMap((s) => s.nodes);
    expect([...revealed].sort()).toEqual(map.nodes.map((n) => n.id).sort());
    for (const step of tour.steps) {
      for (const language of ['en', 'de']) {
        expect(step.title?.[language], `${step.id} ${language}`).toBeTruthy();
        expect(step.caption?.[language]?.length, `${step.id} ${language}`).toBeLessThanOrEqual(120);
        expect(step.notes?.[language], `${step.id} ${language}`).toBeTruthy();
      }
      // Swiss spelling, as in the source text.
      expect(JSON.stringify(step), step.id).not.toContain('ß');
    }
  });

  it('a map without tours parses, and a tour with optional texts left out is accepted', () => {
    const file = defaultFile();
    delete file.tours;
    const result = parseMap(file);
    expect(result.ok && result.map.tours).toBeUndefined();
    const ok = parseMap(withTour());
    expect(ok.ok ? [] : ok.issues.map(formatIssue)).toEqual([]);
  });

  it('a step that names an unknown node', () => {
    const file = withTour();
    at(intro(file).steps, 2).nodes[1] = 'x';
    expect(issuesOf(file).map(formatIssue)).toEqual([
      'tours[0].steps[2].nodes[1]: unknown node "x"',
    ]);
  });

  it('a node revealed twice in one tour, but not across two tours', () => {
    const file = withTour();
    at(intro(file).steps, 2).nodes.push('feasibility');
    expect(issuesOf(file).map(formatIssue)).toEqual([
      'tours[0].steps[2].nodes[2]: "feasibility" is already revealed in step 1 ("s1")',
    ]);

    const inStep = withTour();
    at(intro(inStep).steps, 1).nodes.push('legitimacy');
    expectIssue(issuesOf(inStep), 'tours[0].steps[1].nodes[1]', 'listed twice in this step');

    const two = withTour();
    two.tours?.push({
      id: 'again',
      title: { en: 'Again' },
      steps: [{ id: 's1', nodes: ['feasibility'] }],
    });
    expect(parseMap(two).ok).toBe(true);
  });

  it('duplicate tour ids, and duplicate step ids within a tour', () => {
    const file = withTour();
    file.tours?.push({
      id: 'intro',
      title: { en: 'Copy' },
      steps: [{ id: 'a', nodes: ['nato-eu'] }],
    });
    expectIssue(issuesOf(file), 'tours[1].id', 'duplicate tour id "intro"');

    const steps = withTour();
    at(intro(steps).steps, 2).id = 's1';
    expectIssue(issuesOf(steps), 'tours[0].steps[2].id', 'duplicate step id "s1"');
  });

  it('a tour id may equal a node id: tours have their own ids', () => {
    const file = withTour();
    intro(file).id = 'conclusion';
    expect(parseMap(file).ok).toBe(true);
  });

  it('a tour without steps, a step without nodes, a bad id, an unknown field, a long text', () => {
    const empty = withTour();
    intro(empty).steps = [];
    expectIssue(issuesOf(empty), 'tours[0].steps', 'at least one step');

    const noNodes = withTour();
    at(intro(noNodes).steps, 1).nodes = [];
    expectIssue(issuesOf(noNodes), 'tours[0].steps[1].nodes', 'at least one node');

    const badId = withTour();
    at(intro(badId).steps, 0).id = 'step one';
    expectIssue(issuesOf(badId), 'tours[0].steps[0].id', 'may contain only');

    const extra = withTour();
    (at(intro(extra).steps, 0) as { camera?: string }).camera = 'wide';
    expect(issuesOf(extra).some((x) => x.path.startsWith('tours[0].steps[0]'))).toBe(true);

    const long = withTour();
    at(intro(long).steps, 1).notes = { en: 'x'.repeat(5001) };
    expectIssue(issuesOf(long), 'tours[0].steps[1].notes.en', '5000');

    const notText = withTour();
    (intro(notText) as { title: unknown }).title = 'Intro';
    expectIssue(issuesOf(notText), 'tours[0].title', /./);
  });
});
