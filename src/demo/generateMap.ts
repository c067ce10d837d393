/**
 * Deterministic, argument-like maps of any size for the layout benchmark: one conclusion, a
 * tree of reasons under it (fan-out 1-4), some linked co-premises, attacks and a few undercuts,
 * groups around small subtrees, and texts of realistic length so measured boxes vary as in real
 * maps. Same seed, same map.
 */

import { createRandom } from '../layout/seededRandom';
import {
  type ArgumentMap,
  type ArgumentNode,
  type Group,
  MAP_FORMAT_VERSION,
  type NodeKind,
  type Relation,
} from '../model/types';

// biome-ignore format: a table of syllables reads better packed than one per line
const SYLLABLES = [
  'ver', 'ant', 'wort', 'ung', 'sich', 'er', 'heit', 'keit', 'staat', 'bünd', 'nis', 'kraft',
  'schaft', 'lich', 'ge', 'be', 'mit', 'glied', 'sicher', 'frie', 'dens', 'för', 'der', 'ab',
  'stim', 'mung', 'klein', 'macht', 'rüs', 'tung', 'kos', 'ten', 'zu', 'sam', 'men', 'ar',
  'beit', 'ein', 'satz', 'gren', 'ze', 'neu', 'tra', 'li', 'tät', 'über', 'nah', 'me', 'maß',
];
const SHORT_WORDS = ['und', 'der', 'die', 'das', 'nicht', 'auch', 'mit', 'im', 'zu', 'für', 'so'];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const intBetween = (rnd: () => number, lo: number, hi: number) =>
  lo + Math.floor(rnd() * (hi - lo + 1));

function word(rnd: () => number): string {
  if (rnd() < 0.3) return pick(rnd, SHORT_WORDS);
  // German compounds: mostly 2-3 syllables, sometimes a long one that wraps badly.
  const n = rnd() < 0.1 ? intBetween(rnd, 4, 6) : intBetween(rnd, 1, 3);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rnd, SYLLABLES);
  return rnd() < 0.4 ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

/** A sentence of 30-250 characters, skewed towards the short end as real claims are. */
function sentence(rnd: () => number): string {
  const target = 30 + Math.floor(rnd() ** 1.7 * 220);
  let s = word(rnd);
  s = s.charAt(0).toUpperCase() + s.slice(1);
  for (;;) {
    const next = `${s} ${word(rnd)}`;
    if (next.length + 1 > 250) break;
    s = next;
    if (s.length + 1 >= target) break;
  }
  return `${s}.`;
}

export interface GenerateOptions {
  nodes: number;
  seed?: number;
}

/** Builds a map with exactly `options.nodes` nodes; it passes `parseMap`. */
export function generateMap({ nodes: count, seed = 1 }: GenerateOptions): ArgumentMap {
  if (!Number.isInteger(count) || count < 1) throw new Error(`bad node count ${count}`);
  const rnd = createRandom(seed);
  const nodes: ArgumentNode[] = [];
  const relations: Relation[] = [];
  /** Parent -> reasons and objections below it, for groups; co-premises count singly. */
  const children = new Map<string, string[]>();
  /** The support relation that carries a node's reasons upwards: an undercut target. */
  const supportOut = new Map<string, string>();

  const addNode = (kind: NodeKind): string => {
    const id = `n${nodes.length + 1}`;
    nodes.push({ id, kind, implicit: false, text: sentence(rnd), gloss: '' });
    return id;
  };
  const addRelation = (kind: Relation['kind'], from: string[], to: string): string => {
    const id = `r${relations.length + 1}`;
    relations.push({ id, kind, from, to });
    return id;
  };
  /** Tree depth (the conclusion's is 0), so cross-branch supports can only point upwards. */
  const depth = new Map<string, number>();
  const link = (parent: string, child: string) => {
    const list = children.get(parent) ?? [];
    list.push(child);
    children.set(parent, list);
    depth.set(child, (depth.get(parent) ?? 0) + 1);
  };

  // Expanding a random node of the frontier (not breadth-first) gives uneven depths and
  // bushy and thin branches side by side, as reconstructions of real texts have.
  const frontier = [addNode('conclusion')];
  while (nodes.length < count && frontier.length > 0) {
    const parent = frontier.splice(Math.floor(rnd() * frontier.length), 1)[0] as string;
    const fanOut = intBetween(rnd, 1, 4);
    for (let i = 0; i < fanOut && nodes.length < count; i++) {
      const left = count - nodes.length;
      if (rnd() < 0.2) {
        const attacker = addNode('objection');
        // A few attacks hit the inference that supports the parent, not the parent itself.
        const undercut = supportOut.get(parent);
        const to = undercut && rnd() < 0.15 ? undercut : parent;
        addRelation('attack', [attacker], to);
        link(parent, attacker);
        frontier.push(attacker);
        continue;
      }
      const linked = rnd() < 0.1 && left >= 2 ? Math.min(left, intBetween(rnd, 2, 3)) : 1;
      const from: string[] = [];
      for (let j = 0; j < linked; j++) from.push(addNode('premise'));
      const r = addRelation('support', from, parent);
      for (const f of from) {
        link(parent, f);
        supportOut.set(f, r);
        frontier.push(f);
      }
    }
  }

  // A few links across branches, as when one reason bears on two claims; they are what makes
  // crossings unavoidable. Cross supports only point to a shallower node, so support can never
  // go round in a circle.
  const crossLinks = Math.round(count * 0.05);
  for (let added = 0, tries = 0; added < crossLinks && tries < 20 * crossLinks; tries++) {
    const from = (nodes[1 + Math.floor(rnd() * (nodes.length - 1))] as ArgumentNode).id;
    const to = (nodes[Math.floor(rnd() * nodes.length)] as ArgumentNode).id;
    if (from === to || children.get(to)?.includes(from)) continue;
    const attack = rnd() < 0.4;
    if (!attack && (depth.get(to) ?? 0) >= (depth.get(from) ?? 0)) continue;
    addRelation(attack ? 'attack' : 'support', [from], to);
    added++;
  }

  // Kinds follow the structure: a supported reason is a claim, an occasional one a question.
  const supported = new Set(relations.filter((r) => r.kind === 'support').map((r) => r.to));
  for (const n of nodes) {
    if (n.kind === 'premise' && supported.has(n.id)) n.kind = rnd() < 0.05 ? 'question' : 'claim';
  }

  return {
    version: MAP_FORMAT_VERSION,
    title: `Generated map: ${count} nodes, seed ${seed}`,
    source: { text: '', language: 'de-CH' },
    nodes,
    relations,
    groups: makeGroups(nodes, children, rnd),
  };
}

/**
 * Groups of 3-8 nodes, each a connected piece of one subtree (breadth-first from its root), so
 * a group frame holds an argument and its reasons as authors draw them. Newest (mostly
 * deepest) roots first, so small subtrees are grouped before an ancestor's group takes them.
 */
function makeGroups(
  nodes: ArgumentNode[],
  children: Map<string, string[]>,
  rnd: () => number,
): Group[] {
  const grouped = new Set<string>();
  const groups: Group[] = [];
  for (let i = nodes.length - 1; i > 0; i--) {
    const root = (nodes[i] as ArgumentNode).id;
    if (grouped.has(root) || !children.has(root) || rnd() > 0.35) continue;
    const size = intBetween(rnd, 3, 8);
    const members: string[] = [];
    const queue = [root];
    while (queue.length > 0 && members.length < size) {
      const id = queue.shift() as string;
      if (grouped.has(id)) continue;
      members.push(id);
      queue.push(...(children.get(id) ?? []));
    }
    if (members.length < 3) continue;
    for (const m of members) grouped.add(m);
    const n = groups.length + 1;
    groups.push({ id: `g${n}`, label: `Gruppe ${n}: ${word(rnd)} ${word(rnd)}`, members });
  }
  return groups;
}
