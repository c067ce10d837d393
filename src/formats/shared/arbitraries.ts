/**
 * Test helper: fast-check generators and checks for the property tests of the importers
 * (`*.property.test.ts`), the map validator and the text cleaner.
 *
 * Random strings are refused at their first character, so most generators here are structure-
 * aware: they build valid maps, Argdown, AIF and Kialo files out of the pieces those formats are
 * made of, then break them in the ways files break (fields dropped or of the wrong type, ids that
 * dangle or repeat, cycles, huge or hostile strings, `__proto__` keys, deep nesting).
 *
 * Every property runs with a fixed seed, so CI is reproducible; `FC_SEED=<n>` explores others
 * (fast-check prints the seed and the shrunk counterexample of a failure).
 */
import fc from 'fast-check';
import { parseMap } from '../../model/parseMap';
import { checkMapRules } from '../../model/rules';
import type { ArgumentMap, MapIssue } from '../../model/types';

// ---------------------------------------------------------------------------------------------
// Running properties

const envSeed = typeof process === 'undefined' ? undefined : process.env.FC_SEED;

/** The seed every property runs with, unless `FC_SEED` names another. */
export const PROPERTY_SEED = envSeed !== undefined && envSeed !== '' ? Number(envSeed) : 20_260_611;

/** fast-check parameters: `numRuns` cases from the fixed seed. */
export function runs(numRuns: number): { numRuns: number; seed: number } {
  return { numRuns, seed: PROPERTY_SEED };
}

const envBound = typeof process === 'undefined' ? undefined : process.env.FC_CASE_BOUND_MS;

/**
 * The most one case may take (`FC_CASE_BOUND_MS` for a slow machine). Generous: it is there to
 * catch hangs and runaway backtracking, which take seconds to hours, not milliseconds.
 */
export const CASE_BOUND_MS = envBound !== undefined && envBound !== '' ? Number(envBound) : 2000;

/**
 * Runs the code under test on one input: a throw or a case slower than CASE_BOUND_MS fails the
 * property with the input in the message; the slowest case is remembered for the report.
 */
export class CaseTimer {
  slowestMs = 0;
  slowestInput = '';
  cases = 0;
  accepted = 0;
  refused = 0;

  run<T>(input: unknown, f: () => T): T {
    const start = performance.now();
    let value: T;
    try {
      value = this.count(f());
    } catch (e) {
      throw new Error(`threw ${describeError(e)} on input ${preview(input)}`);
    }
    this.record(input, performance.now() - start);
    return value;
  }

  async runAsync<T>(input: unknown, f: () => Promise<T>): Promise<T> {
    const start = performance.now();
    let value: T;
    try {
      value = this.count(await f());
    } catch (e) {
      throw new Error(`threw ${describeError(e)} on input ${preview(input)}`);
    }
    this.record(input, performance.now() - start);
    return value;
  }

  /** Counts what the code under test made of a case (`{ok}` results), for the report. */
  count<T>(result: T): T {
    const ok = (result as { ok?: unknown } | null)?.ok;
    if (ok === true) this.accepted++;
    else if (ok === false) this.refused++;
    return result;
  }

  private record(input: unknown, ms: number): void {
    this.cases++;
    if (ms > this.slowestMs) {
      this.slowestMs = ms;
      this.slowestInput = preview(input, 80);
    }
    if (ms > CASE_BOUND_MS) {
      throw new Error(
        `took ${Math.round(ms)} ms (bound ${CASE_BOUND_MS} ms) on input ${preview(input)}`,
      );
    }
  }

  /** One line for the test log: how many cases, and the slowest. */
  summary(name: string): string {
    const outcomes =
      this.accepted + this.refused > 0
        ? ` (${this.accepted} accepted, ${this.refused} refused)`
        : '';
    return `${name}: ${this.cases} cases${outcomes}, slowest ${this.slowestMs.toFixed(1)} ms (${this.slowestInput})`;
  }
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack ?? ''}`;
  return String(e);
}

/** A short, printable view of an input (the full one is in fast-check's counterexample). */
export function preview(input: unknown, max = 2000): string {
  let text: string;
  try {
    text = typeof input === 'string' ? JSON.stringify(input) : fc.stringify(input);
  } catch {
    text = String(input);
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

// ---------------------------------------------------------------------------------------------
// Checks of what the code under test returns. They throw, which fails the property.

function failCheck(message: string, value: unknown): never {
  throw new Error(`${message}: ${preview(value)}`);
}

/** Issues and warnings: a list of `{path, message}`, path a string, message not blank. */
export function checkIssueList(list: unknown, what: string, mayBeEmpty: boolean): void {
  if (!Array.isArray(list)) failCheck(`${what} is not a list`, list);
  if (!mayBeEmpty && list.length === 0) failCheck(`a refusal without ${what}`, list);
  for (const issue of list as unknown[]) {
    if (typeof issue !== 'object' || issue === null) failCheck(`${what}: not an object`, issue);
    const { path, message } = issue as Partial<MapIssue>;
    if (typeof path !== 'string') failCheck(`${what}: the path is not a string`, issue);
    if (typeof message !== 'string' || message.trim() === '') {
      failCheck(`${what}: the message is empty`, issue);
    }
  }
}

/**
 * A map the code under test accepted: it survives a round trip through JSON and `parseMap`
 * unchanged, breaks none of the model's rules, and every node has words.
 */
export function checkAcceptedMap(map: ArgumentMap): void {
  let json: string;
  try {
    json = JSON.stringify(map);
  } catch (e) {
    throw new Error(`an accepted map is not JSON: ${describeError(e)}`);
  }
  const again = parseMap(json);
  if (!again.ok) failCheck('an accepted map does not pass parseMap again', again.issues);
  if (JSON.stringify(again.map) !== json) {
    failCheck('an accepted map changes when read again', { before: json, after: again.map });
  }
  const rules = checkMapRules(map);
  if (rules.length > 0) failCheck('an accepted map breaks the rules', rules);
  for (const node of map.nodes) {
    if (typeof node.text !== 'string' || node.text.trim() === '') {
      failCheck('an accepted map has a node without text', node);
    }
  }
}

/** What every importer returns: a checked map with warnings, or a refusal with issues. */
export function checkImportResult(result: unknown): void {
  if (typeof result !== 'object' || result === null) failCheck('not a result', result);
  const r = result as { ok?: unknown; map?: unknown; warnings?: unknown; issues?: unknown };
  if (r.ok === true) {
    checkIssueList(r.warnings, 'warnings', true);
    checkAcceptedMap(r.map as ArgumentMap);
  } else if (r.ok === false) {
    checkIssueList(r.issues, 'issues', false);
  } else failCheck('neither ok nor refused', result);
}

/** What `parseMap` returns: a checked map, or a refusal with issues. */
export function checkParseResult(result: unknown): void {
  if (typeof result !== 'object' || result === null) failCheck('not a result', result);
  const r = result as { ok?: unknown; map?: unknown; issues?: unknown };
  if (r.ok === true) checkAcceptedMap(r.map as ArgumentMap);
  else if (r.ok === false) checkIssueList(r.issues, 'issues', false);
  else failCheck('neither ok nor refused', result);
}

const prototypeKeys = (): string =>
  [Object.prototype, Array.prototype, String.prototype, Function.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join(';');
const pristine = prototypeKeys();

/** No input may add to the built-in prototypes (`__proto__` keys, `constructor` titles). */
export function checkPrototypesUntouched(): void {
  if (prototypeKeys() !== pristine) throw new Error('a built-in prototype was changed');
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'kind', 'id', 'nodes', 'text', 'x', 'a']) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype.${key} was set`);
  }
}

// ---------------------------------------------------------------------------------------------
// Text pieces

/** Strings that mean something to some parser, renderer or engine. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '{}',
  '[]',
  // A template placeholder, as plain text.
  ['$', '{x}'].join(''),
  '{{x}}',
  '%s%n',
  '\\',
  '\\\\',
  '\\n',
  '\u0000',
  '\u0007\u001b[31m',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\u202E',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\r',
  '\r\n',
  '\t',
  '\u00A0',
  '\uD83D',
  '\uDE00',
  '🙂',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  'Ǆ',
  'עברית',
  'مرحبا',
  '日本語',
  'Ärger über Öl',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  'true',
  ' ',
  '',
] as const;

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);

const WORDS = [
  'Cities',
  'should',
  'ban',
  'cars',
  'die',
  'Koordination',
  'Sicherheits',
  'politik',
  'peace',
  'operations',
  'nicht',
  'und',
  'the',
  'is',
  'Ärger',
  'Öl',
  'naïve',
  'façade',
  'Ωmega',
  '日本',
  'why?',
  'yes.',
  'a',
  'I',
] as const;

/** A few words, as a claim would have them. */
export const words = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));

/** Mostly words; sometimes any Unicode, hostile strings, or a mixture of those. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(words, hostileString), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(' ')),
  },
);

/** Text with words in it: what the model requires of a node (not blank, at most 5000). */
export const nodeText = anyText
  .map((t) => (t.trim() === '' ? `x${t}` : t))
  .filter((t) => t.trim() !== '' && t.length <= 5000);

// ---------------------------------------------------------------------------------------------
// Valid maps

const ID_PREFIXES = [
  'n',
  'a',
  'ä',
  'x.',
  'a:b-',
  '日本',
  '_',
  'Z9',
  'k1-',
  'é',
  '-',
  '.',
  ':',
  '1',
  'p'.repeat(180),
];
const LANGUAGES = ['en', 'de', 'de-CH', 'und', 'fr-CA', 'x-klingon'];
const NODE_KIND_LIST = ['conclusion', 'claim', 'premise', 'objection', 'question'] as const;
const TAG_WORDS = ['economy', 'public health', 'ä-1', 'x_y', 'Zürich', '日本', 'a b c', 'tag'];

const quoteSpec = fc.record({
  start: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(),
});

const nodeSpec = fc.record({
  kind: fc.constantFrom(...NODE_KIND_LIST),
  implicit: fc.boolean(),
  text: nodeText,
  gloss: fc.option(anyText, { nil: undefined }),
  quote: fc.option(quoteSpec, { nil: undefined }),
  breaksOff: fc.option(fc.boolean(), { nil: undefined }),
  tags: fc.option(fc.uniqueArray(fc.constantFrom(...TAG_WORDS), { maxLength: 4 }), {
    nil: undefined,
  }),
  said: fc.option(fc.record({ speaker: fc.option(words, { nil: undefined }), text: words }), {
    nil: undefined,
  }),
  group: fc.option(fc.nat(2), { nil: undefined }),
});

const relationSpec = fc.record({
  kind: fc.constantFrom('support', 'attack', 'continues'),
  to: fc.nat(),
  from: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  /** Aim at an earlier relation (an undercut) rather than at a node. */
  onRelation: fc.boolean(),
});

const tourSpec = fc.record({
  title: fc.dictionary(fc.constantFrom('en', 'de', 'fr'), anyText, { maxKeys: 2 }),
  steps: fc.array(
    fc.record({
      nodes: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      caption: fc.option(fc.dictionary(fc.constantFrom('en', 'de'), anyText, { maxKeys: 2 }), {
        nil: undefined,
      }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

/** The parts a valid map is built from; `buildMap` makes every reference and rule hold. */
const mapSpec = fc.record({
  title: nodeText,
  source: fc.record({
    text: fc.oneof(fc.constant(''), words, fc.string({ unit: 'grapheme', maxLength: 80 })),
    language: fc.constantFrom(...LANGUAGES),
    page: fc.option(fc.integer({ min: -5, max: 500 }), { nil: undefined }),
    citation: fc.option(anyText, { nil: undefined }),
  }),
  prefix: fc.constantFrom(...ID_PREFIXES),
  nodes: fc.array(nodeSpec, { maxLength: 8 }),
  relations: fc.array(relationSpec, { maxLength: 10 }),
  groupLabels: fc.array(nodeText, { minLength: 3, maxLength: 3 }),
  tours: fc.option(fc.array(tourSpec, { minLength: 1, maxLength: 2 }), { nil: undefined }),
});

type MapSpec = typeof mapSpec extends fc.Arbitrary<infer T> ? T : never;

/** A map file (plain JSON data) that passes `parseMap`. */
function buildMap(spec: MapSpec): ArgumentMap {
  const p = spec.prefix;
  const sourceText = spec.source.text;
  const nodes = spec.nodes.map((s, i) => {
    const node: ArgumentMap['nodes'][number] = {
      id: `${p}${i}`,
      kind: s.kind,
      implicit: s.implicit,
      text: s.text.trim(),
      gloss: s.gloss ?? '',
    };
    if (s.quote && !s.implicit && sourceText.length > 0) {
      const start = Math.min(Math.floor(s.quote.start * sourceText.length), sourceText.length - 1);
      const end = start + 1 + (s.quote.length % (sourceText.length - start));
      node.quote = { start, end, text: sourceText.slice(start, end) };
    }
    if (s.breaksOff !== undefined) node.breaksOff = s.breaksOff;
    if (s.tags !== undefined) node.tags = s.tags;
    if (s.said) {
      node.said = s.said.speaker === undefined ? { text: s.said.text } : { ...s.said };
    }
    return node;
  });

  // Support and "continues" run from later nodes to earlier ones, relations aim at earlier
  // relations: no cycles. Attacks may run either way.
  const relations: ArgumentMap['relations'] = [];
  for (const s of spec.relations) {
    const id = `${p}r${relations.length}`;
    if (s.onRelation && relations.length > 0 && s.kind !== 'continues') {
      const from = uniqueIndexes(s.from, nodes.length).map((i) => `${p}${i}`);
      const target = relations[s.to % relations.length];
      if (from.length > 0 && target) relations.push({ id, kind: s.kind, from, to: target.id });
      continue;
    }
    if (nodes.length < 2) continue;
    const to = s.to % nodes.length;
    const candidates = s.kind === 'attack' ? nodes.length - 1 : nodes.length - 1 - to;
    if (candidates === 0) continue;
    const from = uniqueIndexes(s.from, candidates).map((k) => {
      const i = s.kind === 'attack' ? (k >= to ? k + 1 : k) : to + 1 + k;
      return `${p}${i}`;
    });
    relations.push({ id, kind: s.kind, from, to: `${p}${to}` });
  }

  const groups: ArgumentMap['groups'] = [];
  spec.groupLabels.forEach((label, g) => {
    const members = nodes.filter((_, i) => spec.nodes[i]?.group === g).map((n) => n.id);
    if (members.length > 0) groups.push({ id: `${p}g${g}`, label, members });
  });

  const map: ArgumentMap = {
    version: 1,
    title: spec.title,
    source: { text: sourceText, language: spec.source.language },
    nodes,
    relations,
    groups,
  };
  if (spec.source.page !== undefined) map.source.page = spec.source.page;
  if (spec.source.citation !== undefined) map.source.citation = spec.source.citation;
  if (spec.tours && nodes.length > 0) {
    map.tours = spec.tours.map((t, ti) => {
      const revealed = new Set<number>();
      const steps = t.steps.flatMap((s, si) => {
        const fresh = uniqueIndexes(s.nodes, nodes.length).filter((i) => !revealed.has(i));
        for (const i of fresh) revealed.add(i);
        if (fresh.length === 0) return [];
        const step: NonNullable<ArgumentMap['tours']>[number]['steps'][number] = {
          id: `s${si}`,
          nodes: fresh.map((i) => `${p}${i}`),
        };
        if (s.caption) step.caption = s.caption;
        return [step];
      });
      return { id: `t${ti}`, title: t.title, steps };
    });
    map.tours = map.tours.filter((t) => t.steps.length > 0);
  }
  return map;
}

/** Distinct indexes below `n`, in the order first given. */
function uniqueIndexes(picks: readonly number[], n: number): number[] {
  if (n <= 0) return [];
  return [...new Set(picks.map((k) => k % n))];
}

/** Valid map files, as plain data (what `parseMap` accepts). */
export const validMapFile: fc.Arbitrary<ArgumentMap> = mapSpec.map(buildMap);

/** Valid maps as the app holds them: read by `parseMap` (defaults filled in, texts trimmed). */
export const validMap: fc.Arbitrary<ArgumentMap> = validMapFile.map((file) => {
  const result = parseMap(file);
  if (!result.ok) throw new Error(`generated map is invalid: ${JSON.stringify(result.issues)}`);
  return result.map;
});

// ---------------------------------------------------------------------------------------------
// Breaking JSON data

/** Values a field may be replaced with. `deep` and `long` are built when applied. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  42,
  1e308,
  -0,
  '',
  ' ',
  '42',
  'x',
  '<script>alert(1)</script>',
  '__proto__',
  '\uD800',
  '🙂',
  'Ärger',
  [],
  [null],
  ['x'],
  [1, 2],
  {},
  { id: 'x' },
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
];

export type JsonMutation =
  /** Delete the field (or array element) at the `at`-th place of a walk through the value. */
  | { op: 'drop'; at: number }
  /** Replace the value there with a hostile one. */
  | { op: 'set'; at: number; value: number }
  /** Replace a string there with the string at another place (a real id, where it dangles). */
  | { op: 'swap'; at: number; other: number }
  /** Replace the value there with a very long string, or a deeply nested array. */
  | { op: 'huge'; at: number; kind: 'long' | 'deep' | 'wide'; size: number }
  /** Add a key (`__proto__` as an own key, `constructor`, ...) to an object. */
  | { op: 'key'; at: number; key: string; value: number }
  /** Copy an array element (duplicate ids) or reverse an array. */
  | { op: 'duplicate' | 'reverse'; at: number }
  /** Turn a string into a number (`"n1"` -> 1) or a number into a string. */
  | { op: 'retype'; at: number };

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'extra', 'id', 'kind'];

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('huge' as const),
    at: fc.nat(),
    kind: fc.constantFrom('long' as const, 'deep' as const, 'wide' as const),
    size: fc.integer({ min: 1, max: 2000 }),
  }),
  fc.record({
    op: fc.constant('key' as const),
    at: fc.nat(),
    key: fc.constantFrom(...EXTRA_KEYS),
    value: fc.nat(),
  }),
  fc.record({ op: fc.constantFrom('duplicate' as const, 'reverse' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat() }),
);

type Place = { holder: Record<string, unknown> | unknown[]; key: string | number };

/** Every field and array element of a JSON value, depth first. */
function places(value: unknown, out: Place[] = [], depth = 0): Place[] {
  if (depth > 50 || typeof value !== 'object' || value === null) return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ holder: value, key: i });
      places(v, out, depth + 1);
    });
  } else {
    for (const key of Object.keys(value)) {
      out.push({ holder: value as Record<string, unknown>, key });
      places((value as Record<string, unknown>)[key], out, depth + 1);
    }
  }
  return out;
}

function setOwn(holder: Record<string, unknown> | unknown[], key: string | number, v: unknown) {
  // An own property even for `__proto__`, as JSON.parse makes it.
  Object.defineProperty(holder, key, {
    value: v,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function hugeValue(kind: 'long' | 'deep' | 'wide', size: number): unknown {
  if (kind === 'long') return 'x'.repeat(size * 3);
  if (kind === 'wide') return Array.from({ length: size }, (_, i) => `n${i}`);
  let deep: unknown = 'x';
  for (let i = 0; i < Math.min(size, 3000); i++) deep = [deep];
  return deep;
}

/** Applies the mutations to a deep copy of `value` (JSON data). */
export function mutateJson(value: unknown, mutations: readonly JsonMutation[]): unknown {
  const root: { value: unknown } = { value: structuredClone(value) };
  for (const m of mutations) {
    const all = places(root);
    const place = all[m.at % all.length];
    if (!place) continue;
    const { holder, key } = place;
    const current = (holder as Record<string | number, unknown>)[key];
    switch (m.op) {
      case 'drop':
        if (Array.isArray(holder)) holder.splice(key as number, 1);
        else if (holder !== root) delete holder[key as string];
        break;
      case 'set':
        setOwn(holder, key, structuredClone(HOSTILE_VALUES[m.value % HOSTILE_VALUES.length]));
        break;
      case 'swap': {
        const strings = all
          .map((p) => (p.holder as Record<string | number, unknown>)[p.key])
          .filter((v): v is string => typeof v === 'string');
        const other = strings[m.other % Math.max(strings.length, 1)];
        if (other !== undefined) setOwn(holder, key, other);
        break;
      }
      case 'huge':
        setOwn(holder, key, hugeValue(m.kind, m.size));
        break;
      case 'key':
        if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
          setOwn(current as Record<string, unknown>, m.key, HOSTILE_VALUES[m.value % 20]);
        }
        break;
      case 'duplicate':
        if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
        break;
      case 'reverse':
        if (Array.isArray(current)) current.reverse();
        break;
      case 'retype':
        if (typeof current === 'string') setOwn(holder, key, Number(current.replace(/\D/g, '')));
        else if (typeof current === 'number') setOwn(holder, key, String(current));
        break;
    }
  }
  return root.value;
}

/** What becomes of JSON text: kept, cut short, a character put in or taken out, padded. */
export type TextDamage =
  | { op: 'none' }
  | { op: 'cut' | 'remove'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'pad'; before: string; after: string };

export const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ op: 'none' as const }) },
  fc.record({ op: fc.constantFrom('cut' as const, 'remove' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom('"', ',', '}', ']', '{', '\\', ':', '\n'), hostileString),
  }),
  fc.record({
    op: fc.constant('pad' as const),
    before: fc.constantFrom('', '\uFEFF', ' \n', '\uFEFF\uFEFF', 'x'),
    after: fc.constantFrom('', '\n', ' ', ',', '}', '//'),
  }),
);

export function damageText(text: string, damage: TextDamage): string {
  switch (damage.op) {
    case 'none':
      return text;
    case 'cut':
      return text.slice(0, damage.at % (text.length + 1));
    case 'remove': {
      const at = damage.at % Math.max(text.length, 1);
      return text.slice(0, at) + text.slice(at + 1);
    }
    case 'insert': {
      const at = damage.at % (text.length + 1);
      return text.slice(0, at) + damage.text + text.slice(at);
    }
    case 'pad':
      return damage.before + text + damage.after;
  }
}

/** JSON text of a value, or undefined when it has none (a cycle, a BigInt). */
export function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Valid map files, broken by zero to three mutations. */
export const mutatedMapFile: fc.Arbitrary<unknown> = fc
  .tuple(validMapFile, fc.array(jsonMutation, { maxLength: 3 }))
  .map(([map, mutations]) => mutateJson(map, mutations));

/** Map files as text: a valid map, mutated, then perhaps damaged as text. */
export const mapFileText: fc.Arbitrary<string> = fc
  .tuple(mutatedMapFile, textDamage)
  .map(([value, damage]) => damageText(jsonText(value) ?? '', damage));

// ---------------------------------------------------------------------------------------------
// Argdown

const STATEMENT_TITLES = ['A', 'B', 'C', 'Luck', 'x y', 'Ärger', '日本', 'a:b', 'ö-1', '1', 'n0'];
const ARGUMENT_TITLES = ['Arg', 'Moral luck', 'U', 'B', 'n0', 'Ö'];
const RESERVED_TITLES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

/**
 * Mostly pieces that parse, sometimes ones that do not: a file is refused at its first mistake,
 * so with several pieces per file each must be likely to be right for files to get through.
 */
const mostly = <T>(safe: fc.Arbitrary<T>, risky: fc.Arbitrary<T>, riskPercent = 1) =>
  fc.oneof(
    { weight: 100 - riskPercent, arbitrary: safe },
    { weight: riskPercent, arbitrary: risky },
  );

const statementTitle = mostly(
  fc.constantFrom(...STATEMENT_TITLES),
  fc.oneof(fc.constantFrom(...RESERVED_TITLES), anyText),
);
const argumentTitle = mostly(
  fc.constantFrom(...ARGUMENT_TITLES),
  fc.oneof(fc.constantFrom(...RESERVED_TITLES), anyText),
);

const ARGDOWN_SAFE_BITS = [
  'Cities should ban cars.',
  'Is it so?',
  '#tag',
  '#(two words)',
  '#(bad!tag)',
  '#ä',
  '*emphasis*',
  '_italic_',
  '**bold**',
  '@[A]',
  '\\[',
  '\\\\',
  'a\\ b',
  ':up:',
  '.x.',
  'ä ö ü ß',
  '🙂',
  '\u200B',
  '\u00AD',
  '=',
  '+',
  '-',
];

const ARGDOWN_RISKY_BITS = [
  '@<Arg>',
  '[A]',
  '<Arg>',
  '\\',
  '// no comment',
  '/* open',
  '*/',
  '<!-- x -->',
  '{',
  '}',
  '===',
  '\t',
  '>',
  '<',
  '*',
  '_',
  // A text longer than the model allows.
  'x'.repeat(5100),
];

const argdownText = fc
  .array(
    mostly(
      fc.oneof(fc.constantFrom(...ARGDOWN_SAFE_BITS), words),
      fc.oneof(fc.constantFrom(...ARGDOWN_RISKY_BITS), anyText),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(' '));

const YAML_SAFE = [
  '{kind: premise}',
  '{kind: conclusion, id: n1}',
  '{kind: objection, id: "B", text: "own text", gloss: "a gloss"}',
  '{kind: claim, implicit: true, breaksOff: true, quote: {start: 0, end: 3}}',
  '{kind: claim, said: {speaker: "Ann", text: "I say so"}}',
  '{kind: premise, continues: [{id: c1, to: n0}]}',
  '{kind: premise, continues: [{id: c1, to: A}, {id: c1, to: B}]}',
  '{kind: bogus}',
  '{kind: premise, id: "a b"}',
  '{kind: premise, id: 42}',
  '{isGroup: true, id: g1}',
  '{isGroup: false}',
  '{isInGroup: false}',
  '{uses: [1, 2]}',
  '{uses: [9]}',
  '{uses: x}',
  '{generated: true}',
  '{kind: support, id: r1}',
  '{kind: attack}',
  '{a: [1, {b: c}]}',
];
const YAML_RISKY = [
  '{__proto__: {polluted: 1}}',
  '{constructor: {prototype: {x: 1}}}',
  '{',
  '{a: b',
  '{a: "unclosed}',
  '{: }',
  '{a: *anchor}',
  '{a: &x 1, b: *x}',
  '{a: 1, a: 2}',
];
const yamlData = mostly(fc.constantFrom(...YAML_SAFE), fc.constantFrom(...YAML_RISKY), 3);
const maybeData = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: yamlData },
);

const withData = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, maybeData).map(([text, data]) => (data === undefined ? text : `${text} ${data}`));

const statementDefinition = withData(
  fc.tuple(statementTitle, argdownText).map(([t, text]) => `[${t}]: ${text}`),
);
const statementReference = statementTitle.map((t) => `[${t}]`);
const argumentDefinition = withData(
  fc.tuple(argumentTitle, argdownText).map(([t, text]) => `<${t}>: ${text}`),
);
const argumentReference = withData(argumentTitle.map((t) => `<${t}>`));

const element = fc.oneof(
  statementDefinition,
  statementReference,
  argumentDefinition,
  argumentReference,
  argdownText,
);

const RELATION_MARKERS = ['+', '-', '+>', '->', '<+', '<-', '_>', '<_', '><', '_', '*', '>', '<'];
const relationMarker = mostly(
  fc.constantFrom(...RELATION_MARKERS.slice(0, 8)),
  // `><` (a contradiction) joins statements only.
  fc.constantFrom(...RELATION_MARKERS.slice(8)),
);
const indent = fc.constantFrom('', '  ', '    ', '      ', '\t', ' ', '   ');

const relationLine = fc
  .tuple(indent, fc.constantFrom(...RELATION_MARKERS), element)
  .map(([i, marker, e]) => `${i}${marker} ${e}`);

const premiseLine = fc
  .tuple(
    fc.integer({ min: 0, max: 9 }),
    fc.oneof(statementDefinition, statementReference, argdownText),
  )
  .map(([n, e]) => `(${n}) ${e}`);

const inferenceLine = mostly(
  fc.constantFrom(
    '----',
    '-----',
    '-- Modus ponens --',
    '-- Modus tollens {uses: [1, 2]} --',
    '-- {uses: [1]} --',
    '-- {uses: [7, x]} --',
  ),
  fc.constantFrom('--', '--\nrule\n--', '-- unclosed', '---'),
  10,
);

const headingLine = fc
  .tuple(fc.integer({ min: 1, max: 7 }), argdownText, maybeData)
  .map(([level, text, data]) => `${'#'.repeat(level)} ${text}${data ? ` ${data}` : ''}`);

const commentLine = fc.constantFrom(
  '// a comment',
  '/* a block comment */',
  '/*\n multi\n line\n*/',
  '/* unclosed',
  '<!-- html comment -->',
  '<!-- unclosed',
  '//',
);

const listLine = fc
  .tuple(indent, fc.constantFrom('*', '1.', '-', '+'), argdownText)
  .map(([i, m, t]) => `${i}${m} ${t}`);

const argdownLine = fc.oneof(
  { weight: 4, arbitrary: statementDefinition },
  { weight: 5, arbitrary: relationLine },
  { weight: 2, arbitrary: argumentDefinition },
  { weight: 2, arbitrary: argumentReference },
  { weight: 1, arbitrary: statementReference },
  { weight: 3, arbitrary: premiseLine },
  { weight: 2, arbitrary: inferenceLine },
  { weight: 1, arbitrary: headingLine },
  { weight: 1, arbitrary: commentLine },
  { weight: 1, arbitrary: listLine },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: argdownText },
  { weight: 1, arbitrary: fc.constantFrom('===', '\\', 'text \\', '{kind: premise}', ']:', '>:') },
);

const FRONT_MATTER_LINES = [
  'title: A title',
  'title: ""',
  'title: 42',
  'title: [a, b]',
  'author: Someone',
  'argmap: {version: 1, labels: source, source: {text: "Der Text.", language: de}}',
  'argmap: {version: 1, labels: gloss, source: {text: "", language: en}, relationIds: [[r1, support, A, B]]}',
  'argmap: {version: 1, labels: source, source: {text: "", language: en}, extraRelations: [{id: x1, kind: continues, from: [A], to: B}]}',
  'argmap: {version: 1, labels: source, source: {text: "", language: en}, extraRelations: [{id: x1, kind: attack, from: [n0], to: x1}]}',
  'argmap: {version: 1, labels: source, source: {text: "", language: en}, relationIds: [[A, attack, B, A]]}',
  'argmap: {version: 2}',
  'argmap: 1',
  'model: {mode: strict}',
  'selection: {excludeDisconnected: true}',
];
const FRONT_MATTER_RISKY = [
  '__proto__: {polluted: 1}',
  'argmap:',
  '  version: 1',
  'a: [',
  ': :',
  '- x',
];

const frontMatter = fc
  // Keys once each: YAML refuses a key twice.
  .uniqueArray(
    mostly(fc.constantFrom(...FRONT_MATTER_LINES), fc.constantFrom(...FRONT_MATTER_RISKY), 5),
    {
      maxLength: 3,
      selector: (line) => line.split(':')[0],
    },
  )
  .map((lines) => ['===', ...lines, '==='].join('\n'));

/** Relation lines under an element, each at most one level deeper than the one before. */
const relationLinesOf = (target: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.tuple(fc.boolean(), relationMarker, target, mostly(fc.constant(false), fc.constant(true))),
      {
        maxLength: 3,
      },
    )
    .map((lines) => {
      let depth = 0;
      return lines.map(([deeper, marker, e, tab]) => {
        depth = deeper ? depth + 1 : Math.max(depth, 1);
        return `${(tab ? '\t' : '  ').repeat(depth)}${marker} ${e}`;
      });
    });

const elementBlock = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: statementDefinition },
      { weight: 2, arbitrary: statementReference },
      { weight: 2, arbitrary: argumentDefinition },
      { weight: 2, arbitrary: argumentReference },
    ),
    relationLinesOf(element),
  )
  .map(([head, lines]) => [head, ...lines].join('\n'));

/** A premise-conclusion structure: numbered premises, inferences, conclusions; perhaps titled. */
const pcsBlock = fc
  .tuple(
    fc.option(fc.oneof(argumentDefinition, argumentReference), { nil: undefined }),
    fc.array(
      fc.tuple(
        fc.array(fc.oneof(statementDefinition, statementReference, argdownText), {
          minLength: 1,
          maxLength: 3,
        }),
        inferenceLine,
        fc.oneof(statementDefinition, statementReference, argdownText),
      ),
      { minLength: 1, maxLength: 2 },
    ),
    relationLinesOf(fc.oneof(statementDefinition, statementReference)),
  )
  .map(([head, steps, under]) => {
    const lines: string[] = [];
    let n = 0;
    for (const [premises, inference, conclusion] of steps) {
      for (const p of premises) lines.push(`(${++n}) ${p}`);
      lines.push(inference, `(${++n}) ${conclusion}`, ...under);
    }
    return head === undefined ? lines.join('\n') : `${head}\n\n${lines.join('\n')}`;
  });

const argdownBlock = fc.oneof(
  { weight: 8, arbitrary: elementBlock },
  { weight: 3, arbitrary: pcsBlock },
  { weight: 1, arbitrary: headingLine },
  { weight: 1, arbitrary: commentLine },
  { weight: 1, arbitrary: argdownLine },
);

/**
 * Argdown composed from the pieces of its syntax: blocks (an element with relations under it, a
 * premise-conclusion structure, a heading, a comment, any line) separated mostly by blank
 * lines, perhaps after front matter.
 */
export const argdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { nil: undefined, freq: 4 }),
    fc.array(argdownBlock, { minLength: 1, maxLength: 6 }),
    mostly(fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'), fc.constantFrom('\n', '\r\r', '\n \n')),
    mostly(fc.constantFrom('', '\n', ' ', '\r\n'), fc.constantFrom('\\', '\u2028', '\u0000')),
  )
  .map(
    ([front, blocks, separator, end]) =>
      (front === undefined ? '' : `${front}\n\n`) + blocks.join(separator) + end,
  );

/** What happens to a line of a file: dropped, doubled, swapped with the next, or replaced. */
export type LineEdit =
  | { op: 'drop' | 'double' | 'swap'; at: number }
  | { op: 'replace' | 'insert'; at: number; line: string };

export function lineEdits(line: fc.Arbitrary<string>): fc.Arbitrary<LineEdit[]> {
  return fc.array(
    fc.oneof(
      fc.record({
        op: fc.constantFrom('drop' as const, 'double' as const, 'swap' as const),
        at: fc.nat(),
      }),
      fc.record({ op: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), line }),
    ),
    { maxLength: 3 },
  );
}

export function editLines(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const at = e.at % Math.max(lines.length, 1);
    if (e.op === 'drop') lines.splice(at, 1);
    else if (e.op === 'double') lines.splice(at, 0, lines[at] ?? '');
    else if (e.op === 'swap' && at + 1 < lines.length) {
      const [a, b] = [lines[at] ?? '', lines[at + 1] ?? ''];
      lines.splice(at, 2, b, a);
    } else if (e.op === 'replace') lines.splice(at, 1, e.line);
    else if (e.op === 'insert') lines.splice(at, 0, e.line);
  }
  return lines.join('\n');
}

/** A line of Argdown, to put into another file. */
export const argdownLineArb: fc.Arbitrary<string> = argdownLine;

// ---------------------------------------------------------------------------------------------
// AIF

const aifNodeId = fc.oneof(
  { weight: 6, arbitrary: fc.nat(12) },
  { weight: 6, arbitrary: fc.nat(12).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'a b', 'ä', '', '-1', '1.5'),
  },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, 1e21) },
);

const AIF_TYPES = [
  'I',
  'I',
  'I',
  'I',
  'RA',
  'RA',
  'CA',
  'CA',
  'MA',
  'PA',
  'L',
  'L',
  'YA',
  'TA',
  'X',
  '',
];

const locutionText = fc.oneof(
  words,
  words.map((w) => `Bob : ${w}`),
  words.map((w) => `Ann Smith : ${w}`),
  words.map((w) => `Ann: ${w}`),
  fc.constantFrom(' : ', 'Bob : ', `${'a'.repeat(250)} : x`, 'x'.repeat(5100)),
);

const aifNode = fc.record(
  {
    nodeID: aifNodeId,
    type: fc.constantFrom(...AIF_TYPES),
    text: fc.oneof(
      nodeText,
      locutionText,
      fc.constantFrom('Asserting', 'Arguing', 'Default Inference', '', ' ', '?', 'why?'),
    ),
    timestamp: fc.constant('2024-01-01 00:00:00'),
    scheme: fc.constantFrom('Default Inference', 'Default Conflict', 'Asserting'),
  },
  { requiredKeys: ['nodeID'] },
);

/** A nodeset in AIFdb's shape: nodes, edges between them (some dangling, some loops), the dialogue. */
export const aifNodeset: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    nodes: fc.array(aifNode, { maxLength: 12 }),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        dangling: fc.constantFrom(false, false, false, false, false, false, true),
        loop: fc.constantFrom(false, false, false, false, false, false, true),
      }),
      { maxLength: 16 },
    ),
    locutions: fc.option(
      fc.array(
        fc.record({ node: fc.nat(), personID: fc.oneof(fc.nat(3), fc.nat(3).map(String)) }),
        {
          maxLength: 4,
        },
      ),
      { nil: undefined },
    ),
    participants: fc.option(
      fc.array(
        fc.record(
          {
            participantID: fc.oneof(fc.nat(3), fc.nat(3).map(String)),
            firstname: fc.constantFrom('Ann', 'Bob', '', ' ', 'Ann Smith'),
            surname: fc.constantFrom('Smith', '', 'Müller'),
          },
          { requiredKeys: ['participantID'] },
        ),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
  })
  .map(({ nodes, edges, locutions, participants }) => {
    const ids = nodes.map((n) => n.nodeID);
    const pick = (k: number) => (ids.length === 0 ? k : ids[k % ids.length]);
    const set: Record<string, unknown> = {
      nodes,
      edges: edges.map((e, i) => ({
        edgeID: i,
        fromID: e.dangling ? `missing${e.from}` : pick(e.from),
        toID: e.loop ? pick(e.from) : pick(e.to),
        formEdgeID: null,
      })),
    };
    if (locutions) {
      set.locutions = locutions.map((l) => ({ nodeID: pick(l.node), personID: l.personID }));
    }
    if (participants) set.participants = participants;
    return set;
  });

/** An AIF document around a nodeset: bare, or in OVA's `{AIF: ...}` or xAIF's `{aif: ...}`. */
export function aifWrapped(nodeset: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      nodeset,
      fc.constantFrom('bare', 'AIF', 'aif', 'both'),
      fc.oneof(
        fc.constant(undefined),
        anyText,
        anyText.map((txt) => ({ txt })),
        fc.constantFrom(
          'Line one<br>line <span class="x">two</span> &amp; &lt;3 &nbsp;',
          { txt: '<p>para</p><div>div</div>' },
          { txt: 42 },
        ),
      ),
    )
    .map(([set, wrapper, text]) => {
      if (wrapper === 'bare') return set;
      const doc: Record<string, unknown> =
        wrapper === 'both' ? { AIF: set, aif: set } : { [wrapper]: set };
      if (text !== undefined) doc.text = text;
      return doc;
    });
}

// ---------------------------------------------------------------------------------------------
// Kialo

const kialoNumber = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }) },
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((parts) => parts.join('.'));

const KIALO_TEXT_BITS = [
  'Alliances coordinate peace operations.',
  '[peace operations](https://example.org/a_(b))',
  '[measurements \\[PDF\\]](https://example.org/ring_\\(2019\\).pdf)',
  '[more](https://x.org)(an excerpt (with parens))',
  '[a]( https://x.org "title" )',
  '[a](',
  '[a]',
  '![img](x.png)',
  '\\[not a link\\](x)',
  '\\*not bold\\*',
  '**bold**',
  '__bold__',
  '*it*',
  '_it_',
  'snake_case',
  '~~gone~~',
  '**',
  '~~',
  '[1]',
  '[12]',
  'vital [87] for',
  '\\',
  '\uE000',
  '\uE0010\uE001',
  '->',
  '→',
  'Pro:',
  'Con:',
  'Thesis:',
  '1.',
  '1.1.',
  'ä ö ü',
  '🙂',
  '\t',
];

const kialoText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...KIALO_TEXT_BITS) },
      { weight: 2, arbitrary: words },
      { weight: 1, arbitrary: anyText },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(' '));

const kialoLabel = fc.constantFrom(
  '',
  '',
  'Pro: ',
  'Con: ',
  'Pro:',
  'Thesis: ',
  'Question: ',
  'Contra: ',
  'kontra : ',
  'PRO: ',
);

const kialoClaimLine = fc
  .tuple(indent, kialoNumber, fc.constantFrom('.', '.', '.', ''), kialoLabel, kialoText)
  .map(([i, n, dot, label, text]) => `${i}${n}${dot} ${label}${text}`);

const kialoLinkLine = fc
  .tuple(indent, kialoNumber, kialoLabel, kialoNumber, fc.constantFrom('->', '→', '-> '))
  .map(([i, n, label, to, arrow]) => `${i}${n}. ${label}${arrow} See ${to}.`);

const kialoLine = fc.oneof(
  { weight: 8, arbitrary: kialoClaimLine },
  { weight: 2, arbitrary: kialoLinkLine },
  { weight: 2, arbitrary: kialoText },
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Sources:',
      '[1]: https://example.org/x',
      '[2] https://example.org/y',
      '"an excerpt of the source"',
      'Discussion Title: Another title',
      'Discussion Name:',
    ),
  },
);

/** A Kialo export composed line by line: a title, numbered claims, links, sources, gaps. */
export const kialoDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '\uFEFF', '\uFEFF\uFEFF', ' '),
    fc.oneof(
      fc.constant(''),
      kialoText.map((t) => `Discussion Title: ${t}\n\n`),
      kialoText.map((t) => `Discussion Name:\n${t}\n\n`),
      fc.constant('Discussion Title:\n'),
    ),
    fc.array(kialoLine, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\u2028', '\n\n'),
  )
  .map(([bom, title, lines, eol]) => bom + title.replace(/\n/g, eol) + lines.join(eol));

// ---------------------------------------------------------------------------------------------
// Big inputs: a piece repeated many times, to show super-linear time.

/**
 * `prefix + piece × count + suffix`, at most `maxLength` characters: a regex that backtracks or
 * a loop that rescans shows as a case over the time bound.
 */
export function repeated(
  pieces: fc.Arbitrary<string>,
  maxLength: number,
  ends: fc.Arbitrary<string> = fc.constant(''),
): fc.Arbitrary<string> {
  return fc
    .tuple(ends, pieces, fc.integer({ min: maxLength / 4, max: maxLength }), ends)
    .map(([prefix, piece, length, suffix]) => {
      const count = Math.max(1, Math.floor(length / Math.max(piece.length, 1)));
      return prefix + piece.repeat(count) + suffix;
    });
}

// ---------------------------------------------------------------------------------------------
// Text as PDF extraction leaves it

const PDF_TOKENS = [
  'Die',
  'Koordina-',
  'tions',
  'instanz',
  'Sicherheits',
  'politik',
  'po',
  'li',
  'ti',
  'kön',
  'nen',
  '-',
  '\u2010',
  'und',
  'oder',
  'EU',
  'weit',
  'Friedens-',
  'Bedeutungs',
  'verlust',
  'Kernfunktio',
  'nen',
  'peacekeeping',
  'Jungs',
  '229',
  '2001.',
  '6.',
  '6.1.',
  '12.3',
  'Neue',
  'Optionen',
  'Sowohl',
  'Bereits',
  'Seite',
  '«Zitat»',
  '(Klammer)',
  'Ende.',
  'Frage?',
  'ä',
  'ß',
  '\u00AD',
  '\u200B',
  '\uFEFF',
  '\u00A0',
  '🙂',
  'x',
];

const pdfSeparator = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '-\n',
  '\n\n',
  ' \n \n',
  '\u00AD\n',
  '\f',
  '\t',
  '\r',
  '  ',
);

/** PDF-extracted German: words, syllables, debris hyphens, soft hyphens, headings, a footer. */
export const pdfText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...PDF_TOKENS) },
          { weight: 1, arbitrary: anyText },
        ),
        pdfSeparator,
      ),
      { maxLength: 40 },
    ),
    fc.constantFrom(
      '',
      '',
      ' 229 Sicherheits- und Verteidigungspolitik von Kleinstaaten',
      '\n\n12 Running Title',
      ' 2001 Ende',
    ),
  )
  .map(([parts, footer]) => parts.map(([t, s]) => t + s).join('') + footer);
