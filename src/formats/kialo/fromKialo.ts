import { parseMap } from '../../model/parseMap';
import {
  type ArgumentNode,
  MAP_FORMAT_VERSION,
  type MapIssue,
  type NodeKind,
  type Relation,
  type RelationKind,
} from '../../model/types';
import { uniqueIds } from '../shared/ids';
import type { ImportResult } from '../shared/importResult';
import { claimText, emptyStats, guessLanguage, plainText, type TextStats } from './kialoText';

/*
 * Kialo's plain-text export comes in two shapes, and both are read:
 *
 *   Discussion Title: Should small states join military alliances?
 *
 *   1. Small states should join military alliances.
 *   1.1. Pro: Alliances coordinate [peace operations](https://...).
 *   1.1.1. Con: -> See 1.2.
 *
 * (older exports: one line per claim, Markdown in the text), and
 *
 *   Discussion Name:
 *   Should small states join military alliances?
 *
 *   1. Thesis:
 *   Small states should join military alliances.
 *
 *     1.1. Pro:
 *     Alliances coordinate peace operations [1].
 *
 *   Sources:
 *   [1] https://...
 *   "an excerpt of the source"
 *
 * (newer exports: label and text on separate lines, indented, footnotes). A multi-thesis
 * discussion starts with `1. Question:` and lists its theses as `1.1. Thesis:`; older files
 * may instead number several theses `1.`, `2.`, ...
 */

type Stance = 'pro' | 'con' | 'thesis' | 'question';

interface Claim {
  /** Kialo's number without the final dot, e.g. `1.2.3`. */
  number: string;
  parts: number[];
  stance: Stance | undefined;
  /** 1-based line of the numbered line. */
  line: number;
  /** The claim's lines, grouped by blank lines. */
  paragraphs: string[][];
  /** A blank line came since the last text line: the next one opens a paragraph. */
  blank: boolean;
  /** The claim number this one only points at (`-> See 1.2.`). */
  linkTo?: string;
  id: string;
}

const TITLE = /^discussion (?:title|name)\s*:\s*(.*)$/i;
// `1.2. Pro: text`, `1. text`, `1.2. Con:`; without the final dot only when a label follows.
const NUMBERED =
  /^(\d+(?:\.\d+)*)(\.?)(?:\s+|$)(?:(pro|con|contra|kontra|thesis|question)\s*:)?\s*(.*)$/i;
const LINK = /^(?:->|→)\s*see\s+(\d+(?:\.\d+)*)\.?$/i;
const SOURCES = /^sources\s*:?$/i;
// `[1]: https://...` (a Markdown reference) or `[1] https://...`.
const FOOTNOTE = /^\[[^\]]+\]:\s*\S|^\[\d+\]\s+(?:https?:|www\.)/i;
const STANCES: Record<string, Stance> = {
  pro: 'pro',
  con: 'con',
  contra: 'con',
  kontra: 'con',
  thesis: 'thesis',
  question: 'question',
};
const MAX_TEXT = 5000;
const EXPECTED =
  'expected a Kialo discussion export: an optional "Discussion Title: ..." line, then claims ' +
  'numbered "1. ...", "1.1. Pro: ...", "1.2. Con: ..."';

/**
 * Reads Kialo's plain-text discussion export. The thesis becomes a conclusion, a Pro a premise
 * (a claim when something argues about it in turn) supporting its parent, a Con an objection
 * attacking it; a `Question:` root becomes a question that continues to each thesis. A claim
 * that only links elsewhere (`-> See 1.2.`) is no node of its own: the linked claim supports or
 * attacks the link's parent. Ids come from the numbers (`1.2.3` -> `k1-2-3`); the text keeps
 * only readable words (kialoText.ts); the language is guessed (`de` or `en`). Sources and
 * footnotes are left out with a warning, as are broken links; gaps and disorder in the
 * numbering are reported, and a claim whose parent is missing hangs from the nearest ancestor
 * that is there. The result is checked like any map file.
 */
export function fromKialo(text: string): ImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  if (lines.every((l) => l.trim() === '')) {
    return { ok: false, issues: [{ path: '', message: `the file is empty; ${EXPECTED}` }] };
  }
  const warnings: (MapIssue & { at: number })[] = [];
  const warn = (line: number, message: string) =>
    warnings.push({ path: line > 0 ? `line ${line}` : '', message, at: line || Infinity });

  const { claims, title: rawTitle } = readLines(lines, warn);
  if (claims.length === 0) {
    return { ok: false, issues: [{ path: '', message: `no numbered claims found; ${EXPECTED}` }] };
  }
  const built = buildMap(claims, warn);

  const stats = emptyStats();
  const firstLine = { links: 0, excerpts: 0, footnotes: 0, emphasis: 0 };
  const nodes: ArgumentNode[] = [];
  for (const { claim, kind } of built.nodes) {
    const before = { ...stats };
    let body = claimText(claim.paragraphs, stats);
    for (const key of ['links', 'excerpts', 'footnotes', 'emphasis'] as const) {
      if (stats[key] > before[key] && firstLine[key] === 0) firstLine[key] = claim.line;
    }
    if (body === '') {
      warn(claim.line, `claim ${claim.number} has no text; shown as "(no text)"`);
      body = '(no text)';
    } else if (body.length > MAX_TEXT) {
      warn(claim.line, `claim ${claim.number} is cut to ${MAX_TEXT} characters`);
      let cut = body.slice(0, MAX_TEXT - 1);
      // Never cut a character in two.
      if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
      body = `${cut}…`;
    }
    nodes.push({ id: claim.id, kind, implicit: false, text: body, gloss: '' });
  }
  reportStats(stats, firstLine, warn);

  const title = (rawTitle && plainText(rawTitle, emptyStats())) || (nodes[0]?.text ?? 'Kialo');
  const language = guessLanguage([title, ...nodes.map((n) => n.text)]);
  const parsed = parseMap({
    version: MAP_FORMAT_VERSION,
    title,
    source: { text: '', language },
    nodes,
    relations: built.relations,
    groups: [],
  });
  if (!parsed.ok) return parsed;
  warnings.sort((a, b) => a.at - b.at);
  return {
    ok: true,
    map: parsed.map,
    warnings: warnings.map(({ path, message }) => ({ path, message })),
  };
}

type Warn = (line: number, message: string) => void;

/** Splits the file into the title and numbered claims with their text lines. */
function readLines(lines: readonly string[], warn: Warn): { claims: Claim[]; title: string } {
  const claims: Claim[] = [];
  const used = new Set<string>();
  // The newer export labels every claim, theses included: an unlabeled number is then text.
  const labelsTheses = lines.some((l) => /^\s*\d+(?:\.\d+)*\.\s+thesis\s*:/i.test(l));
  let title = '';
  let titleNext = false;
  let current: Claim | undefined;
  let lastThesis = 0;
  // The previous text line looked like an item of a numbered list inside a claim.
  let inList = false;
  let preamble = 0;
  let skipping: { line: number; count: number; what: string } | undefined;
  const endSkip = () => {
    if (skipping) {
      const s = skipping.count === 1 ? '' : 's';
      warn(skipping.line, `left out ${skipping.count} line${s} of ${skipping.what}`);
    }
    skipping = undefined;
  };

  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const trimmed = raw.trim();
    const m = NUMBERED.exec(trimmed);
    const label = m?.[3] ? STANCES[m[3].toLowerCase()] : undefined;
    if (skipping) {
      // Sources and footnotes run on (excerpts span lines) until the next labeled claim.
      if (!label) {
        if (trimmed !== '') skipping.count++;
        continue;
      }
      endSkip();
    }
    if (!current && !title && !titleNext) {
      const t = TITLE.exec(trimmed);
      if (t) {
        title = (t[1] ?? '').trim();
        titleNext = title === '';
        continue;
      }
    }
    if (trimmed === '') {
      if (current && current.paragraphs.length > 0) current.blank = true;
      continue;
    }
    if (SOURCES.test(trimmed) || FOOTNOTE.test(trimmed)) {
      const what = SOURCES.test(trimmed)
        ? 'sources: the map has no place for references'
        : 'footnotes: the map has no place for references';
      skipping = { line, count: SOURCES.test(trimmed) ? 0 : 1, what };
      inList = false;
      continue;
    }
    if (m && (m[2] === '.' || label)) {
      const number = m[1] ?? '';
      const parts = number.split('.').map(Number);
      const parent = parts.slice(0, -1).join('.');
      const isClaim =
        label !== undefined ||
        (!labelsTheses &&
          !used.has(number) &&
          (claims.length === 0 ||
            (parts.length === 1 && !inList && parts[0] === lastThesis + 1) ||
            (parts.length > 1 && used.has(parent))));
      if (isClaim) {
        titleNext = false;
        inList = false;
        used.add(number);
        if (parts.length === 1) lastThesis = Math.max(lastThesis, parts[0] ?? 0);
        const rest = (m[4] ?? '').trim();
        current = {
          number,
          parts,
          stance: label,
          line,
          paragraphs: rest === '' ? [] : [[rest]],
          blank: false,
          id: '',
        };
        claims.push(current);
        continue;
      }
    }
    if (titleNext && !current) {
      title = trimmed;
      titleNext = false;
      continue;
    }
    if (!current) {
      if (preamble++ === 0) warn(line, 'text before the first numbered claim is left out');
      continue;
    }
    inList = m !== null && m[2] === '.';
    const last = current.paragraphs[current.paragraphs.length - 1];
    if (!last || current.blank) current.paragraphs.push([trimmed]);
    else last.push(trimmed);
    current.blank = false;
  }
  endSkip();
  return { claims, title };
}

interface Built {
  nodes: { claim: Claim; kind: NodeKind }[];
  relations: Relation[];
}

/** Ties the claims into nodes and relations by their numbers. */
function buildMap(claims: Claim[], warn: Warn): Built {
  const unique = uniqueIds('_');
  const byNumber = new Map<string, Claim[]>();
  const lastChild = new Map<string, number>();
  for (const [i, c] of claims.entries()) {
    const wish = `k${c.parts.join('-')}`;
    c.id = unique(wish.length > 190 ? `kn${i + 1}` : wish);
    const link = LINK.exec(c.paragraphs.map((p) => p.join(' ')).join(' '));
    if (link) c.linkTo = link[1];
    const same = byNumber.get(c.number);
    if (same) {
      warn(c.line, `number ${c.number} is used again (first at line ${same[0]?.line})`);
      same.push(c);
      continue;
    }
    byNumber.set(c.number, [c]);
    // Siblings are numbered 1, 2, 3, ...: anything else means lost or shuffled lines.
    const key = c.parts.slice(0, -1).join('.');
    const n = c.parts[c.parts.length - 1] ?? 0;
    const last = lastChild.get(key) ?? 0;
    const sibling = (k: number) => (key ? `${key}.${k}` : `${k}`);
    if (n > last + 1) {
      const gap = n > last + 2 ? `${sibling(last + 1)} to ${sibling(n - 1)}` : sibling(last + 1);
      warn(c.line, `the numbering skips ${gap} before ${c.number}`);
    } else if (n <= last)
      warn(c.line, `${c.number} is out of order: it comes after ${sibling(last)}`);
    lastChild.set(key, Math.max(last, n));
  }

  /** The claim with that number: the latest one above `line`, else the first. */
  const find = (number: string, line: number): Claim | undefined => {
    const list = byNumber.get(number);
    if (!list) return undefined;
    // The list is in line order: a binary search (a number used thousands of times is no
    // reason to read all its uses for every look-up).
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((list[mid]?.line ?? 0) < line) low = mid + 1;
      else high = mid;
    }
    return list[low - 1] ?? list[0];
  };

  // The numbers as a tree of their parts: a claim's nearest ancestor is found in one walk down
  // (looking up every shorter number in turn took time quadratic in the nesting depth).
  interface NumberTree {
    number?: string;
    children: Map<string, NumberTree>;
  }
  const tree: NumberTree = { children: new Map() };
  for (const number of byNumber.keys()) {
    let node = tree;
    for (const part of number.split('.')) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.number = number;
  }
  /** The longest number some claim has among those above `parts`, and how many parts it has. */
  const nearestAncestor = (parts: readonly number[]) => {
    let node: NumberTree | undefined = tree;
    let number: string | undefined;
    let depth = 0;
    for (let i = 0; i < parts.length - 1 && node; i++) {
      // As the numbers were written: `parts` are numbers, `1.01` has no parent `1.1`.
      node = node.children.get(String(parts[i]));
      if (node?.number !== undefined) {
        number = node.number;
        depth = i + 1;
      }
    }
    return { number, depth };
  };

  /** The claim a link finally points at, following links to links (each walked once). */
  const targets = new Map<Claim, Claim | undefined>();
  const linkTarget = (link: Claim): Claim | undefined => {
    const path: Claim[] = [];
    const seen = new Set<Claim>();
    let c: Claim | undefined = link;
    let end: Claim | undefined;
    while (true) {
      if (c === undefined || c.linkTo === undefined) {
        end = c;
        break;
      }
      if (targets.has(c)) {
        end = targets.get(c);
        break;
      }
      // A circle of links points nowhere.
      if (seen.has(c)) break;
      seen.add(c);
      path.push(c);
      c = find(c.linkTo, c.line);
    }
    for (const p of path) targets.set(p, end);
    return end;
  };

  // Parent of each claim: the nearest ancestor by number that is there; a link stands for
  // the claim it points at (or, when broken, for its own parent).
  interface Place {
    parent: Claim | undefined;
    /** The ancestor found by number, when it is not the direct parent or is a link. */
    found: Claim | undefined;
    missing: boolean;
  }
  const places = new Map<Claim, Place>();
  const placeOf = (c: Claim): Place => {
    const known = places.get(c);
    if (known) return known;
    const ancestor = nearestAncestor(c.parts);
    const found = ancestor.number === undefined ? undefined : find(ancestor.number, c.line);
    const missing = ancestor.depth < c.parts.length - 1;
    // Numbers only get shorter here, so this recursion ends within the nesting depth.
    const parent =
      found?.linkTo !== undefined ? (linkTarget(found) ?? placeOf(found).parent) : found;
    const place = { parent, found, missing };
    places.set(c, place);
    return place;
  };
  const reportPlace = (c: Claim): Claim | undefined => {
    const { parent, found, missing } = placeOf(c);
    const expected = c.parts.slice(0, -1).join('.');
    if (missing) {
      warn(
        c.line,
        found
          ? `there is no claim ${expected}; ${c.number} is attached to ${found.number}`
          : `there is no claim ${expected}; ${c.number} is kept as a thesis`,
      );
    } else if (found && found.line > c.line) {
      warn(c.line, `${c.number} comes before its parent ${found.number} (line ${found.line})`);
    }
    if (found?.linkTo !== undefined) {
      warn(
        c.line,
        parent
          ? `${c.number} is below a link; it is attached to the linked claim ${parent.number}`
          : `${c.number} is below a broken link; it is kept as a thesis`,
      );
    }
    return parent;
  };

  const relations: Relation[] = [];
  const supportsFrom = new Map<string, string[]>();
  const addRelation = (id: string, kind: RelationKind, from: string, to: string) => {
    relations.push({ id: unique(`r-${id}`), kind, from: [from], to });
    if (kind === 'attack') return;
    const list = supportsFrom.get(from);
    if (list) list.push(to);
    else supportsFrom.set(from, [to]);
  };
  /** Whether support or reading order already leads from `start` to `goal`. */
  const leadsTo = (start: string, goal: string): boolean => {
    const stack = [start];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (id === goal) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(supportsFrom.get(id) ?? []));
    }
    return false;
  };

  const anyLink = claims.some((c) => c.linkTo !== undefined);
  const nodes: { claim: Claim; stance: Stance }[] = [];
  for (const c of claims) {
    if (c.linkTo !== undefined) continue;
    const parent = reportPlace(c);
    let stance = c.stance;
    if (!parent) {
      // A nested orphan was reported by reportPlace already.
      if ((stance === 'pro' || stance === 'con') && c.parts.length === 1)
        warn(
          c.line,
          `${c.number} is marked ${stance === 'pro' ? 'Pro' : 'Con'} but has no parent; kept as a thesis`,
        );
      if (stance !== 'question') stance = 'thesis';
    } else {
      // The parent may come later in a shuffled file: judge it by its own label and place.
      const parentIsQuestion = parent.stance === 'question' && !placeOf(parent).parent;
      if (
        stance === 'question' ||
        ((stance === undefined || stance === 'thesis') && !parentIsQuestion)
      ) {
        warn(c.line, `${c.number} is not marked Pro or Con; read as Pro`);
        stance = 'pro';
      }
      stance ??= 'thesis';
      const kind: RelationKind =
        stance === 'con' ? 'attack' : stance === 'pro' ? 'support' : 'continues';
      const [from, to] = kind === 'continues' ? [parent.id, c.id] : [c.id, parent.id];
      // Without links every claim hangs from a shorter number: only a link can close a circle.
      if (kind !== 'attack' && anyLink && leadsTo(to, from)) {
        warn(c.line, `${c.number} would close a support circle through a link; it is left loose`);
      } else addRelation(c.id, kind, from, to);
    }
    nodes.push({ claim: c, stance });
  }

  // Links become relations from the linked claim to the link's parent.
  const has = new Set<string>();
  for (const r of relations) has.add(`${r.kind} ${r.from[0]} ${r.to}`);
  for (const link of claims) {
    if (link.linkTo === undefined) continue;
    const target = linkTarget(link);
    const parent = reportPlace(link);
    const what = `${link.number} links to ${link.linkTo}`;
    if (!target) {
      warn(link.line, `${what}, which is not in the file; the link is left out`);
      continue;
    }
    if (!parent) {
      warn(link.line, `${what} but has no parent claim; the link is left out`);
      continue;
    }
    if (target === parent) {
      warn(link.line, `${what}, its own parent; the link is left out`);
      continue;
    }
    if (link.stance !== 'pro' && link.stance !== 'con')
      warn(link.line, `${what} but is not marked Pro or Con; read as Pro`);
    const kind: RelationKind = link.stance === 'con' ? 'attack' : 'support';
    const key = `${kind} ${target.id} ${parent.id}`;
    if (has.has(key)) {
      warn(link.line, `${what}, which already ${kind}s ${parent.number}; the link is left out`);
      continue;
    }
    if (kind === 'support' && leadsTo(parent.id, target.id)) {
      warn(link.line, `${what}; that support would go round in a circle, so the link is left out`);
      continue;
    }
    has.add(key);
    addRelation(link.id, kind, target.id, parent.id);
  }

  // A Pro that others argue about is a claim; one that nothing argues about, a premise.
  const argued = new Set(relations.filter((r) => r.kind !== 'continues').map((r) => r.to));
  const kindOf = (c: Claim, stance: Stance): NodeKind => {
    if (stance === 'question') return 'question';
    if (stance === 'thesis') return 'conclusion';
    if (stance === 'con') return 'objection';
    return argued.has(c.id) ? 'claim' : 'premise';
  };
  return {
    nodes: nodes.map(({ claim, stance }) => ({ claim, kind: kindOf(claim, stance) })),
    relations,
  };
}

function reportStats(stats: TextStats, firstLine: Record<keyof TextStats, number>, warn: Warn) {
  const times = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (stats.links > 0) {
    warn(
      firstLine.links,
      `${times(stats.links, 'link keeps', 'links keep')} only the text: the map has no place for web addresses`,
    );
  }
  if (stats.excerpts > 0) {
    warn(
      firstLine.excerpts,
      `left out ${times(stats.excerpts, 'source excerpt', 'source excerpts')} in parentheses after a link`,
    );
  }
  if (stats.footnotes > 0) {
    warn(
      firstLine.footnotes,
      `left out ${times(stats.footnotes, 'footnote marker', 'footnote markers')} such as [1]`,
    );
  }
  if (stats.emphasis > 0) {
    warn(
      firstLine.emphasis,
      `${times(stats.emphasis, 'bold, italic or struck-through passage is', 'bold, italic or struck-through passages are')} shown as plain text: boxes have no emphasis`,
    );
  }
}
