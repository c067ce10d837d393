import { z } from 'zod';
import { nodeBody } from '../../layout/nodeHead';
import { formatPath, parseMap } from '../../model/parseMap';
import {
  type ArgumentNode,
  MAP_FORMAT_VERSION,
  type MapIssue,
  NODE_KINDS,
  type NodeKind,
  RELATION_KINDS,
  type Relation,
  type Said,
} from '../../model/types';
import { sanitizeId, uniqueIds } from '../shared/ids';
import type { ImportResult } from '../shared/importResult';
import { leaveOutCircles } from '../shared/leaveOutCircles';
import { ASSERTING, EXTENSION_KEY, SPEAKER_SEPARATOR } from './aif';

export type AifImportResult = ImportResult;

const aifId = z.union([z.string(), z.number()]).transform(String);

// Only what this reader uses; AIFdb and OVA add fields (scheme, schemeID, formEdgeID, ...).
const nodesetSchema = z.object({
  nodes: z.array(
    z.object({ nodeID: aifId, text: z.string().default(''), type: z.string().default('I') }),
  ),
  edges: z.array(z.object({ fromID: aifId, toID: aifId })).default([]),
});

const idSchema = z.string().min(1);
const extensionSchema = z.object({
  title: z.string().min(1),
  source: z.object({
    text: z.string(),
    language: z.string().min(2),
    page: z.number().int().optional(),
    citation: z.string().optional(),
  }),
  labels: z.enum(['source', 'gloss']),
  nodes: z.array(
    z.object({
      nodeID: aifId,
      id: idSchema,
      kind: z.enum(NODE_KINDS),
      implicit: z.boolean(),
      text: z.string(),
      gloss: z.string(),
      quote: z.object({ start: z.number(), end: z.number(), text: z.string() }).optional(),
      breaksOff: z.boolean().optional(),
      tags: z.array(z.string()).optional(),
    }),
  ),
  relations: z.array(z.object({ nodeID: aifId, id: idSchema })),
  otherRelations: z.array(
    z.object({
      id: idSchema,
      kind: z.enum(RELATION_KINDS),
      from: z.array(idSchema),
      to: idSchema,
    }),
  ),
  groups: z.array(z.object({ id: idSchema, label: z.string(), members: z.array(idSchema) })),
});
type Extension = z.infer<typeof extensionSchema>;

const DIALOGUE_TYPES = new Set(['L', 'TA', 'YA']);
const MAX_SAID = 5000; // the model's limits for where a claim was said
const MAX_SPEAKER = 200;

/**
 * Reads an AIF nodeset (AIFdb's JSON, also inside OVA's `{AIF: ...}` wrapper and xAIF's, whose
 * `text` is the analysed text, a string or `{txt: ...}`). I-nodes become nodes, RA-nodes supports
 * and CA-nodes attacks; an RA fed by several I-nodes is one relation with co-premises, and an RA
 * or CA aimed at another RA or CA attacks (or backs) that inference. The dialogue (L, TA, YA
 * nodes) and MA/PA nodes are left out with a warning, but a locution anchored in a claim
 * (L -> YA -> I) stays as where the claim was `said`: its words, and its speaker from the
 * `locutions` and `participants`, else from OVA's `Speaker : words`. Our own `argmap` extension,
 * written by `toAif`, restores kinds, both texts, quotes, tags, groups and ids; without it a
 * node's kind is guessed from where it stands. The result is checked like any map file.
 */
export function fromAif(text: string, untitled?: string): AifImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail('', `not valid JSON: ${(e as Error).message}`);
  }
  const { nodeset, at } = findNodeset(value);
  const parsed = nodesetSchema.safeParse(nodeset);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: joinPath(at, formatPath(i.path)),
        message: i.message,
      })),
    };
  }
  const warnings: MapIssue[] = [];
  const warn = (path: string, message: string) =>
    warnings.push({ path: joinPath(at, path), message });
  const extension = readExtension(value, nodeset, warn);

  const aif = parsed.data;
  const typeOf = new Map<string, string>();
  const skipped = new Map<string, number>();
  // Corpus files repeat nodes (ArgNav's: 85 of 786, each an exact copy): a copy is read once,
  // two different nodes under one nodeID are an error, every one of them named.
  const firstAt = new Map<string, number>();
  const repeated = new Set<number>();
  const clashes: MapIssue[] = [];
  for (const [i, n] of aif.nodes.entries()) {
    const first = firstAt.get(n.nodeID);
    if (first !== undefined) {
      const was = aif.nodes[first];
      if (was?.type === n.type && was.text === n.text) repeated.add(i);
      else
        clashes.push({
          path: joinPath(at, `nodes[${i}].nodeID`),
          message: `duplicate nodeID "${n.nodeID}" (nodes[${first}] has it too, with another type or text)`,
        });
      continue;
    }
    firstAt.set(n.nodeID, i);
    typeOf.set(n.nodeID, n.type);
    if (n.type !== 'I' && n.type !== 'RA' && n.type !== 'CA') {
      skipped.set(n.type, (skipped.get(n.type) ?? 0) + 1);
    }
  }

  if (clashes.length > 0) return { ok: false, issues: clashes };
  const firstRepeat = [...repeated][0];
  if (firstRepeat !== undefined)
    warn(
      `nodes[${firstRepeat}]`,
      `${repeated.size} ${repeated.size === 1 ? 'node is' : 'nodes are'} in the file twice (same nodeID, type and text): read once`,
    );

  // The warnings about node types left out come here, once it is known what `said` keeps.
  const leftOutAt = warnings.length;

  // Edges between the nodes we keep, in file order (which is the order of co-premises).
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  const kept = (id: string) => ['I', 'RA', 'CA'].includes(typeOf.get(id) ?? '');
  // The anchors of locutions in claims: L -> YA and YA -> I.
  const locutionsOf = new Map<string, string[]>();
  const claimsOf = new Map<string, string[]>();
  const edgesSeen = new Set<string>();
  for (const [i, e] of aif.edges.entries()) {
    // An edge given twice (as a repeated node's edges may be) is one edge.
    const key = JSON.stringify([e.fromID, e.toID]);
    if (edgesSeen.has(key)) continue;
    edgesSeen.add(key);
    if (!typeOf.has(e.fromID) || !typeOf.has(e.toID)) {
      warn(`edges[${i}]`, `left out: "${e.fromID}" -> "${e.toID}" names a node that is not there`);
      continue;
    }
    const from = typeOf.get(e.fromID);
    const to = typeOf.get(e.toID);
    if (from === 'L' && to === 'YA') pushTo(locutionsOf, e.toID, e.fromID);
    if (from === 'YA' && to === 'I') pushTo(claimsOf, e.fromID, e.toID);
    if (!kept(e.fromID) || !kept(e.toID)) continue;
    if (typeOf.get(e.fromID) === 'I' && typeOf.get(e.toID) === 'I') {
      warn(`edges[${i}]`, 'left out: an edge from claim to claim says neither support nor attack');
      continue;
    }
    pushTo(into, e.toID, e.fromID);
    pushTo(outOf, e.fromID, e.toID);
  }

  // Ids: ours from the extension, else made from the AIF nodeID.
  const extNode = new Map((extension?.nodes ?? []).map((n) => [n.nodeID, n]));
  const extRelation = new Map((extension?.relations ?? []).map((r) => [r.nodeID, r.id]));
  const unique = uniqueIds();
  for (const n of extension?.nodes ?? []) unique(n.id);
  for (const r of extension?.relations ?? []) unique(r.id);
  for (const r of extension?.otherRelations ?? []) unique(r.id);
  for (const g of extension?.groups ?? []) unique(g.id);
  const idOf = new Map<string, string>();
  for (const [i, n] of aif.nodes.entries()) {
    if (repeated.has(i)) continue;
    const own = n.type === 'I' ? extNode.get(n.nodeID)?.id : extRelation.get(n.nodeID);
    idOf.set(n.nodeID, own ?? unique(`${n.type === 'I' ? 'n' : 'r'}${aifIdPart(n.nodeID)}`));
  }

  const dialogue = readDialogue(value, nodeset, aif.nodes, locutionsOf, claimsOf, {
    prefixes: extension === undefined,
    warn,
  });

  const nodes: ArgumentNode[] = [];
  for (const [i, n] of aif.nodes.entries()) {
    if (n.type !== 'I' || repeated.has(i)) continue;
    const id = idOf.get(n.nodeID) ?? '';
    const label = n.text.trim();
    const ext = extNode.get(n.nodeID);
    if (ext && extension) {
      const node: ArgumentNode = {
        id,
        kind: ext.kind,
        implicit: ext.implicit,
        text: ext.text,
        gloss: ext.gloss,
        ...(ext.quote && { quote: ext.quote }),
        ...(ext.breaksOff !== undefined && { breaksOff: ext.breaksOff }),
        ...(ext.tags && { tags: ext.tags }),
      };
      // The I-node text was changed in another tool: that edit wins for the text it shows.
      if (label !== '' && label !== nodeBody(node, extension.labels).trim()) {
        if (extension.labels === 'gloss') node.gloss = label;
        else node.text = label;
      }
      nodes.push(withSaid(node, dialogue.said(n.nodeID)));
    } else if (label === '') {
      warn(`nodes[${i}]`, `left out I-node "${n.nodeID}": it has no text`);
    } else {
      const node: ArgumentNode = {
        id,
        kind: guessKind(n.nodeID, label, into, outOf, typeOf),
        implicit: false,
        text: label,
        gloss: '',
      };
      nodes.push(withSaid(node, dialogue.said(n.nodeID)));
    }
  }
  const leftOut: MapIssue[] = [];
  warnLeftOut(skipped, dialogue.kept(), extension !== undefined, (message) =>
    leftOut.push({ path: joinPath(at, 'nodes'), message }),
  );
  warnings.splice(leftOutAt, 0, ...leftOut);
  const nodeIds = new Set(nodes.map((n) => n.id));

  // S-nodes become relations; one aimed at a relation that was left out is left out too.
  const candidates = new Map<string, { relation: Relation; at: string; toAif: string }>();
  for (const [i, n] of aif.nodes.entries()) {
    if ((n.type !== 'RA' && n.type !== 'CA') || repeated.has(i)) continue;
    const at2 = `nodes[${i}]`;
    const from = (into.get(n.nodeID) ?? [])
      .filter((f) => typeOf.get(f) === 'I')
      .map((f) => idOf.get(f) ?? '')
      .filter((f) => nodeIds.has(f));
    const targets = outOf.get(n.nodeID) ?? [];
    if (from.length === 0) {
      warn(at2, `left out ${n.type}-node "${n.nodeID}": no claim leads into it`);
      continue;
    }
    if (targets.length === 0) {
      warn(at2, `left out ${n.type}-node "${n.nodeID}": it leads nowhere`);
      continue;
    }
    if (targets.length > 1) {
      warn(
        at2,
        `${n.type}-node "${n.nodeID}" leads to ${targets.length} nodes; only the first is kept`,
      );
    }
    const toAif = targets[0] as string;
    const relation: Relation = {
      id: idOf.get(n.nodeID) ?? '',
      kind: n.type === 'RA' ? 'support' : 'attack',
      from: [...new Set(from)],
      to: idOf.get(toAif) ?? '',
    };
    candidates.set(n.nodeID, { relation, at: at2, toAif });
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [key, c] of candidates) {
      const onClaim = typeOf.get(c.toAif) === 'I' && nodeIds.has(c.relation.to);
      if (onClaim || candidates.has(c.toAif)) continue;
      warn(c.at, `left out: the node "${c.toAif}" it leads to was left out`);
      candidates.delete(key);
      changed = true;
    }
  }
  const read = [...candidates].map(([nodeID, c]) => ({ ...c, nodeID }));
  const relationIds = new Set(read.map((c) => c.relation.id));
  for (const r of extension?.otherRelations ?? []) {
    if (r.from.every((f) => nodeIds.has(f)) && (nodeIds.has(r.to) || relationIds.has(r.to))) {
      read.push({ relation: r, at: EXTENSION_KEY, toAif: r.to, nodeID: r.id });
      relationIds.add(r.id);
    }
  }
  const { relations, leftOut: circles } = leaveOutCircles(
    nodes,
    read.map((c) => c.relation),
  );
  const aifIdOf = new Map([...idOf].map(([aifId, id]) => [id, aifId]));
  const quoted = (id: string) => `"${aifIdOf.get(id) ?? id}"`;
  for (const c of circles) {
    const r = read[c.index] as (typeof read)[number];
    const what = `left out ${typeOf.get(r.nodeID) ?? 'relation'}-node "${r.nodeID}"`;
    const kind = r.relation.kind === 'attack' ? 'attacks' : 'supports';
    warn(
      r.at,
      c.on !== undefined
        ? `${what}: the node "${r.toAif}" it leads to was left out`
        : c.loop
          ? `${what}: it would close a circle of support (${c.loop.map(quoted).join(' -> ')})`
          : `${what}: it ${kind} the claim "${r.toAif}" it comes from`,
    );
  }
  const groups = (extension?.groups ?? [])
    .map((g) => ({ ...g, members: g.members.filter((m) => nodeIds.has(m)) }))
    .filter((g) => g.members.length > 0);

  if (nodes.length === 0) return fail(at, 'no I-nodes (claims) to make a map of');
  const result = parseMap({
    version: MAP_FORMAT_VERSION,
    title: extension?.title ?? (untitled || 'Imported AIF map'),
    source: extension?.source ?? { text: at ? wrapperText(value) : '', language: 'und' },
    nodes,
    relations,
    groups,
  });
  return result.ok ? { ok: true, map: result.map, warnings } : result;
}

function withSaid(node: ArgumentNode, said: Said | undefined): ArgumentNode {
  return said ? { ...node, said } : node;
}

/**
 * Warns about the node types left out. Another tool's dialogue is always named (with the words
 * kept as where claims were said); in our own file, L- and YA-nodes that only say where a claim
 * was asserted are `said` written out, and nothing of them is lost.
 */
function warnLeftOut(
  skipped: ReadonlyMap<string, number>,
  kept: { locutions: number; illocutions: number; onlyAsserting: boolean },
  ours: boolean,
  warn: (message: string) => void,
): void {
  const allKept =
    ours &&
    kept.onlyAsserting &&
    (skipped.get('L') ?? 0) === kept.locutions &&
    (skipped.get('YA') ?? 0) === kept.illocutions;
  for (const [type, count] of skipped) {
    if (allKept && (type === 'L' || type === 'YA')) continue;
    const what = DIALOGUE_TYPES.has(type)
      ? 'dialogue nodes have no place in an argument map'
      : type === 'MA' || type === 'PA'
        ? 'rephrase and preference nodes have no place in this model'
        : 'this node type is unknown';
    let message = `left out ${count} ${type} node${count === 1 ? '' : 's'}: ${what}`;
    if (type === 'L' && kept.locutions > 0) {
      message +=
        kept.locutions === 1
          ? '; the words of 1 are kept as where its claim was said'
          : `; the words of ${kept.locutions} are kept as where their claims were said`;
    }
    warn(message);
  }
}

interface Dialogue {
  /** Where the claim of this I-node was said, if a locution is anchored in it. */
  said(iNode: string): Said | undefined;
  /** How many L- and YA-nodes `said` has used so far, and whether all those YA are assertions. */
  kept(): { locutions: number; illocutions: number; onlyAsserting: boolean };
}

/**
 * The locutions anchored in claims. A claim anchored in several takes the first that asserts it,
 * else the first. The speaker is the participant the locution names; else, in a file that is not
 * ours, the `Speaker : ` before the words, as OVA writes them.
 */
function readDialogue(
  value: unknown,
  nodeset: unknown,
  aifNodes: readonly { nodeID: string; text: string; type: string }[],
  locutionsOf: ReadonlyMap<string, string[]>,
  claimsOf: ReadonlyMap<string, string[]>,
  options: { prefixes: boolean; warn: (path: string, message: string) => void },
): Dialogue {
  const index = new Map(aifNodes.map((n, i) => [n.nodeID, i]));
  const people = readPeople(value, nodeset);
  // Claim -> its anchors, assertions first, otherwise in file order.
  const anchors = new Map<string, { l: string; ya: string; asserting: boolean }[]>();
  for (const n of aifNodes) {
    if (n.type !== 'YA') continue;
    const asserting = n.text.trim().toLowerCase() === ASSERTING.toLowerCase();
    for (const i of claimsOf.get(n.nodeID) ?? []) {
      for (const l of locutionsOf.get(n.nodeID) ?? [])
        pushTo(anchors, i, { l, ya: n.nodeID, asserting });
    }
  }
  const usedL = new Set<string>();
  const usedYA = new Set<string>();
  let onlyAsserting = true;
  return {
    said(iNode) {
      const list = [...(anchors.get(iNode) ?? [])].sort(
        (a, b) => Number(b.asserting) - Number(a.asserting),
      );
      for (const anchor of list) {
        const at = `nodes[${index.get(anchor.l)}]`;
        const l = aifNodes[index.get(anchor.l) ?? -1];
        const said = l && locutionSaid(l.text, people.get(anchor.l), options.prefixes);
        if (!said) continue;
        usedL.add(anchor.l);
        usedYA.add(anchor.ya);
        onlyAsserting &&= anchor.asserting;
        return {
          ...(said.speaker !== undefined && {
            speaker: clip(said.speaker, MAX_SPEAKER, at, 'the speaker', options.warn),
          }),
          text: clip(said.text, MAX_SAID, at, 'the words', options.warn),
        };
      }
      return undefined;
    },
    kept: () => ({ locutions: usedL.size, illocutions: usedYA.size, onlyAsserting }),
  };
}

interface Person {
  name: string;
  /** The parts of the name a locution's text may begin with. */
  names: string[];
}

/** L nodeID -> who spoke it, from `locutions` and `participants` (in the nodeset or around it). */
function readPeople(value: unknown, nodeset: unknown): Map<string, Person> {
  const list = (key: string): unknown[] => {
    for (const holder of [nodeset, value]) {
      const found = isObject(holder) ? holder[key] : undefined;
      if (Array.isArray(found)) return found;
    }
    return [];
  };
  const idOf = (v: unknown) =>
    typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? String(v) : undefined;
  const persons = new Map<string, Person>();
  for (const p of list('participants')) {
    if (!isObject(p)) continue;
    const id = idOf(p.participantID);
    const parts = [p.firstname, p.surname]
      .map((x) => (typeof x === 'string' ? x.trim() : ''))
      .filter((x) => x !== '');
    if (id === undefined || parts.length === 0) continue;
    const name = parts.join(' ');
    persons.set(id, { name, names: [...new Set([name, ...parts])] });
  }
  const people = new Map<string, Person>();
  for (const l of list('locutions')) {
    if (!isObject(l)) continue;
    const node = idOf(l.nodeID);
    const person = persons.get(idOf(l.personID) ?? '');
    if (node !== undefined && person && !people.has(node)) people.set(node, person);
  }
  return people;
}

/** The words of an L-node and who said them; the `Speaker : ` OVA writes before them is not words. */
function locutionSaid(
  text: string,
  person: Person | undefined,
  prefixes: boolean,
): { speaker?: string; text: string } | undefined {
  let speaker = person?.name;
  let words = text;
  if (person) {
    for (const name of person.names) {
      const prefix = [`${name}${SPEAKER_SEPARATOR}`, `${name}: `].find((p) => text.startsWith(p));
      if (prefix) {
        words = text.slice(prefix.length);
        break;
      }
    }
  } else if (prefixes) {
    const match = /^([^:\n]{1,200}?) : ([\s\S]*)$/.exec(text);
    if (match && (match[1] ?? '').trim() !== '') {
      speaker = (match[1] ?? '').trim();
      words = match[2] ?? '';
    }
  }
  words = words.trim();
  if (words === '') return undefined;
  return speaker === undefined ? { text: words } : { speaker, text: words };
}

function clip(
  text: string,
  max: number,
  at: string,
  name: string,
  warn: (path: string, message: string) => void,
): string {
  if (text.length <= max) return text;
  warn(at, `${name} (${text.length} characters) cut to ${max}`);
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * The analysed text OVA and xAIF carry beside the nodeset (`text`: a string, or `{txt: ...}`),
 * as plain text: OVA marks it up with `<span>` highlights and `<br>` line breaks.
 */
function wrapperText(value: unknown): string {
  if (!isObject(value)) return '';
  const raw = isObject(value.text) ? value.text.txt : value.text;
  if (typeof raw !== 'string') return '';
  if (!/<(?:br|span|p|div)\b|<\/(?:span|p|div)>/i.test(raw)) return raw.trim();
  const entities: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    '#39': "'",
  };
  return raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:span|p|div|b|i|em|strong|u|font)\b[^>]*>/gi, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => entities[name] ?? '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function pushTo<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function fail(path: string, message: string): AifImportResult {
  return { ok: false, issues: [{ path, message }] };
}

function joinPath(at: string, path: string): string {
  if (!at) return path;
  if (!path) return at;
  return path.startsWith('[') ? `${at}${path}` : `${at}.${path}`;
}

/** The nodeset itself, or inside OVA's `{"AIF": {...}}` or xAIF's `{"aif": {...}}`. */
function findNodeset(value: unknown): { nodeset: unknown; at: string } {
  if (isObject(value) && !('nodes' in value)) {
    for (const key of ['AIF', 'aif']) {
      const inner = value[key];
      if (isObject(inner) && 'nodes' in inner) return { nodeset: inner, at: key };
    }
  }
  return { nodeset: value, at: '' };
}

function readExtension(
  value: unknown,
  nodeset: unknown,
  warn: (path: string, message: string) => void,
): Extension | undefined {
  const raw =
    (isObject(nodeset) && nodeset[EXTENSION_KEY]) || (isObject(value) && value[EXTENSION_KEY]);
  if (!raw) return undefined;
  const parsed = extensionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warn(EXTENSION_KEY, 'ignored: not the extension this app writes; read as plain AIF');
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An AIF nodeID as part of one of our ids (letters, digits, `_ . : -`). */
function aifIdPart(nodeID: string): string {
  return sanitizeId(nodeID, /[\p{L}\p{N}_.:-]/u, '-').slice(0, 190);
}

/**
 * A plain AIF claim's kind, from where it stands: a question by its question mark; a claim
 * supported or attacked that leads nowhere is a conclusion; one that only feeds conflicts an
 * objection; one that only feeds inferences a premise; anything else a claim.
 */
function guessKind(
  nodeID: string,
  text: string,
  into: ReadonlyMap<string, string[]>,
  outOf: ReadonlyMap<string, string[]>,
  typeOf: ReadonlyMap<string, string>,
): NodeKind {
  if (text.endsWith('?')) return 'question';
  const feeds = new Set((outOf.get(nodeID) ?? []).map((t) => typeOf.get(t)));
  const targeted = (into.get(nodeID) ?? []).length > 0;
  if (feeds.size === 0) return targeted ? 'conclusion' : 'claim';
  if (feeds.size === 1 && feeds.has('CA')) return 'objection';
  if (feeds.size === 1 && feeds.has('RA')) return 'premise';
  return 'claim';
}
