import type { LabelLanguage } from '../../layout/types';
import type { ArgumentMap, ArgumentNode, Relation } from '../../model/types';
import { uniqueIds } from '../shared/ids';
import { type ExportOptions, labelsOf } from '../shared/options';
import { indexMap, inferenceRelations, type MapIndex } from '../shared/structure';
import { collapseWhitespace, nodeLabel } from '../shared/text';
import { argdownInline, argdownTag, argdownTextLines, type YamlValue, yamlFlow } from './syntax';

/**
 * Argdown (https://argdown.org), read back by `@argdown/core`:
 * - every node is a statement `[title]: text #tag #(other tag) {kind: ..., gloss: ..., ...}`:
 *   its tags are Argdown tags, the YAML data keeps what Argdown has no syntax for (the other
 *   text, the quote, where the claim was `said`), so an importer can rebuild the node;
 * - a plain support or attack is a relation line under its target (`+ [from]`, `- [from]`);
 * - a relation with co-premises, or one that another relation points at, is an argument
 *   `<relation id>` with a premise-conclusion structure: the premises together, `----`, the
 *   conclusion. An undercut is then `_ [from]` under that argument;
 * - groups are headings `# label {isGroup: true}`: Argdown puts a statement in the section where
 *   it is first defined, so members may be related anywhere later on;
 * - "continues" is reading order, not inference, and Argdown has no neutral relation: it is a
 *   `continues` entry in the data of the node it starts from, or of each node it starts from,
 *   numbered by `place` in the relation's `from`.
 * The front matter keeps the source, the label choice and the ids of relation lines.
 */
export function toArgdown(map: ArgumentMap, options?: ExportOptions): string {
  const labels = labelsOf(options);
  const index = indexMap(map);
  const titleOf = statementTitles(map, labels);
  const expressible = inferenceRelations(map, index);
  const argumentOf = argumentTitles(map, index, expressible);
  const plainIds: YamlValue[] = [];
  const extra: YamlValue[] = [];
  const continues = new Map<string, YamlValue[]>();

  // Which relations are lines under their target, grouped by the target.
  const linesUnder = new Map<string, Relation[]>();
  for (const r of map.relations) {
    if (r.kind === 'continues' && index.nodes.has(r.to)) {
      r.from.forEach((f, i) => {
        const list = continues.get(f) ?? [];
        list.push(continuesEntry(r, i));
        continues.set(f, list);
      });
    } else if (!expressible.has(r.id)) {
      extra.push({ id: r.id, kind: r.kind, from: [...r.from], to: r.to });
    } else if (!argumentOf.has(r.id)) {
      const list = linesUnder.get(r.to) ?? [];
      list.push(r);
      linesUnder.set(r.to, list);
      plainIds.push([r.id, r.kind, r.from[0] ?? '', r.to]);
    }
  }

  const blocks: string[] = [frontMatter(map, labels, plainIds, extra)];
  const defined = new Set<string>();
  const define = (n: ArgumentNode) => {
    if (defined.has(n.id)) return;
    defined.add(n.id);
    blocks.push(statementDefinition(n, titleOf(n.id), labels, continues.get(n.id)));
  };
  for (const n of map.nodes) if (!index.groupOf.has(n.id)) define(n);
  for (const g of map.groups) {
    const members = g.members.flatMap((m) => {
      const n = index.nodes.get(m);
      return n && index.groupOf.get(m) === g.id ? [n] : [];
    });
    if (members.length === 0) continue;
    blocks.push(`# ${argdownInline(g.label)} ${yamlFlow({ isGroup: true, id: g.id })}`);
    for (const n of members) define(n);
  }
  // A section without a group ends the last group: arguments take the section they are in.
  if (map.groups.length > 0) blocks.push(`# Argumentation ${yamlFlow({ isGroup: false })}`);

  const relationLine = (r: Relation) => {
    const symbol = r.kind === 'support' ? '+' : index.nodes.has(r.to) ? '-' : '_';
    return `  ${symbol} [${titleOf(r.from[0] ?? '')}]`;
  };
  for (const n of map.nodes) {
    const under = linesUnder.get(n.id);
    if (under) blocks.push([`[${titleOf(n.id)}]`, ...under.map(relationLine)].join('\n'));
  }
  for (const r of map.relations) {
    const title = argumentOf.get(r.id);
    if (title === undefined) continue;
    blocks.push(...argumentBlocks(r, title, index, titleOf, argumentOf));
    const under = linesUnder.get(r.id);
    if (under) blocks.push([`<${title}>`, ...under.map(relationLine)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One source's share of a "continues" relation. Several sources each carry the relation under
 * its one id; their `place` puts them back in order (the nodes are defined in another order).
 */
function continuesEntry(r: Relation, i: number): YamlValue {
  return r.from.length > 1 ? { id: r.id, to: r.to, place: i + 1 } : { id: r.id, to: r.to };
}

function frontMatter(
  map: ArgumentMap,
  labels: string,
  relationIds: YamlValue[],
  extraRelations: YamlValue[],
): string {
  const source: Record<string, YamlValue> = { language: map.source.language };
  if (map.source.page !== undefined) source.page = map.source.page;
  if (map.source.citation !== undefined) source.citation = map.source.citation;
  source.text = map.source.text;
  const lines = [
    '===',
    `title: ${yamlFlow(map.title)}`,
    'argmap:',
    `  version: ${map.version}`,
    `  labels: ${yamlFlow(labels)}`,
    `  source: ${yamlFlow(source)}`,
  ];
  if (relationIds.length > 0) {
    lines.push('  relationIds:', ...relationIds.map((r) => `    - ${yamlFlow(r)}`));
  }
  // Relations Argdown cannot draw (an attack on a "continues" relation) are kept as data.
  if (extraRelations.length > 0) {
    lines.push('  extraRelations:', ...extraRelations.map((r) => `    - ${yamlFlow(r)}`));
  }
  lines.push('===');
  return lines.join('\n');
}

function statementDefinition(
  node: ArgumentNode,
  title: string,
  labels: 'source' | 'gloss',
  continues: YamlValue[] | undefined,
): string {
  const label = nodeLabel(node, labels);
  const data: Record<string, YamlValue> = { kind: node.kind };
  if (title !== node.id) data.id = node.id;
  if (node.implicit) data.implicit = true;
  if (node.breaksOff) data.breaksOff = true;
  // The label is the statement's text; the data keeps the other text, and the label itself
  // when Argdown would change it (line breaks and runs of spaces become one space).
  if (labels === 'gloss' || label !== node.text || !survives(node.text)) data.text = node.text;
  if (labels === 'source' || label !== node.gloss || !survives(node.gloss)) {
    data.gloss = node.gloss;
  }
  if (node.quote) data.quote = { start: node.quote.start, end: node.quote.end };
  if (node.said) {
    data.said = {
      ...(node.said.speaker !== undefined && { speaker: node.said.speaker }),
      text: node.said.text,
    };
  }
  if (continues) data.continues = continues;
  const lines = argdownTextLines(label);
  if (lines.length === 0) lines.push('\\ ');
  lines[0] = `[${title}]: ${lines[0]}`;
  const tags = (node.tags ?? []).map(argdownTag);
  lines[lines.length - 1] += ` ${[...tags, yamlFlow(data)].join(' ')}`;
  return lines.join('\n');
}

function survives(text: string): boolean {
  return collapseWhitespace(text) === text;
}

/** The premise-conclusion structure of a relation drawn as an argument. */
function argumentBlocks(
  r: Relation,
  title: string,
  index: MapIndex,
  titleOf: (id: string) => string,
  argumentOf: ReadonlyMap<string, string>,
): string[] {
  const data: Record<string, YamlValue> = { kind: r.kind };
  if (title !== r.id) data.id = r.id;
  const pcs = r.from.map((f, i) => `(${i + 1}) [${titleOf(f)}]`);
  pcs.push('----');
  const n = r.from.length + 1;
  if (r.kind === 'support' && index.nodes.has(r.to)) {
    pcs.push(`(${n}) [${titleOf(r.to)}]`);
  } else {
    // An attack, or a relation aimed at an inference, concludes something the map does not
    // spell out ("not T", "this inference fails"): a generated statement carries the relation.
    const onNode = index.nodes.has(r.to);
    const target = onNode ? `@[${titleOf(r.to)}]` : `@<${argumentOf.get(r.to) ?? r.to}>`;
    const sentence = onNode
      ? `Speaks against ${target}.`
      : r.kind === 'support'
        ? `The inference of ${target} holds.`
        : `The inference of ${target} does not hold.`;
    const symbol = onNode ? '->' : r.kind === 'support' ? '+>' : '_>';
    pcs.push(
      `(${n}) [${title} conclusion]: ${sentence} ${yamlFlow({ generated: true })}`,
      `    ${symbol} ${onNode ? `[${titleOf(r.to)}]` : target.slice(1)}`,
    );
  }
  return [`<${title}> ${yamlFlow(data)}`, pcs.join('\n')];
}

/**
 * An id a program made (AIF's `n149527`, `n4_173158…`): as a title it would stand above every box
 * of Argdown's own map and say nothing.
 */
const MADE_ID = /^\p{L}{0,2}[\d_.:-]*\d[\d_.:-]*$/u;
const TITLE_WORDS = 5;
const TITLE_LENGTH = 40;

/**
 * Statement titles, unique: the node id made safe for `[...]`, or for an id a program made, the
 * first words of the node's text (the data keeps the id).
 */
function statementTitles(map: ArgumentMap, labels: LabelLanguage): (id: string) => string {
  const unique = uniqueIds();
  const titles = new Map(
    map.nodes.map((n) => {
      const words = MADE_ID.test(n.id) ? wordsTitle(nodeLabel(n, labels)) : '';
      return [n.id, unique(words || argdownTitle(n.id))];
    }),
  );
  return (id) => titles.get(id) ?? argdownTitle(id);
}

/** Up to the first five words of a text (letters, digits, inner - and '), at most 40 characters. */
function wordsTitle(text: string): string {
  let title = '';
  let count = 0;
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/[^\p{L}\p{N}'-]/gu, '').replace(/^[-']+|[-']+$/g, '');
    if (word === '') continue;
    const longer = title ? `${title} ${word}` : word;
    if (count === TITLE_WORDS || (title && longer.length > TITLE_LENGTH)) break;
    title = longer.slice(0, TITLE_LENGTH);
    count++;
  }
  return title in Object.prototype ? '' : title;
}

/** Argument titles (their own name space in Argdown) for relations drawn as arguments. */
function argumentTitles(
  map: ArgumentMap,
  index: MapIndex,
  expressible: ReadonlySet<string>,
): Map<string, string> {
  const unique = uniqueIds();
  const titles = new Map<string, string>();
  for (const r of map.relations) {
    if (!expressible.has(r.id)) continue;
    if (r.from.length > 1 || index.targeted.has(r.id)) titles.set(r.id, unique(argdownTitle(r.id)));
  }
  return titles;
}

/**
 * Titles keep the id's letters, digits and `_ . : -`. A title that Argdown would misread gets an
 * `n` in front, and the data keeps the id: one starting with `-` (`[-a]` is no reference) or `_`
 * (`<_a>` at the start of a line is an undercut `<_`), or one naming a property of every object
 * (Argdown keeps titles as keys of plain objects, so `[constructor]` is refused on import).
 */
function argdownTitle(id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}_.:-]/gu, '-');
  return safe === '' || /^[-_]/.test(safe) || safe in Object.prototype ? `n${safe}` : safe;
}
