import type { ArgumentMap, ArgumentNode, NodeKind, Relation } from '../../model/types';
import { sanitizeId, uniqueIds } from '../shared/ids';
import { type ExportOptions, labelsOf } from '../shared/options';
import { indexMap, needsJunction } from '../shared/structure';
import { KIND_COLORS, RELATION_COLORS } from '../shared/style';
import { collapseWhitespace, nodeLabel, otherText, textLines } from '../shared/text';

// Shapes by kind: the conclusion a stadium, a question a hexagon, the rest rounded boxes.
const SHAPES: Record<NodeKind, [string, string]> = {
  conclusion: ['([', '])'],
  claim: ['(', ')'],
  premise: ['(', ')'],
  objection: ['(', ')'],
  question: ['{{', '}}'],
};

/**
 * A Mermaid flowchart, bottom to top so the conclusion is on top. Node ids are made of ASCII
 * letters, digits and `_` with a prefix, so no id is a Mermaid keyword such as `end`. Labels are
 * quoted, and every character Mermaid could read as syntax, HTML or an entity is written as an
 * entity code (`#quot;`, `#35;`, ...). Support is `-->`, attack `-.->|attacks|` in red,
 * "continues" `-.->|continues|` in grey. Co-premises meet in a small circle ("and") from which
 * one arrow goes on; an undercut points at the circle of the relation it attacks. Groups are
 * subgraphs. The other text of each node (gloss or source) follows it as a `%%` comment.
 */
export function toMermaid(map: ArgumentMap, options?: ExportOptions): string {
  const labels = labelsOf(options);
  const index = indexMap(map);
  const unique = uniqueIds('_');
  const idOf = new Map<string, string>();
  for (const n of map.nodes) idOf.set(n.id, unique(`n_${mermaidIdPart(n.id)}`));
  for (const r of map.relations) {
    if (needsJunction(r, index)) idOf.set(r.id, unique(`j_${mermaidIdPart(r.id)}`));
  }

  const out: string[] = [
    '---',
    `title: ${JSON.stringify(collapseWhitespace(map.title))}`,
    '---',
    'flowchart BT',
  ];
  for (const [kind, colors] of Object.entries(KIND_COLORS)) {
    out.push(`  classDef ${kind} fill:${colors.fill},stroke:${colors.border},color:#000000`);
  }
  out.push('  classDef implicit stroke-dasharray:5 5');
  out.push('  classDef junction fill:#595959,stroke:#595959,color:#FFFFFF');

  const nodeLines = (n: ArgumentNode, indent: string) => {
    const [open, close] = SHAPES[n.kind];
    const lines = [
      `${indent}${idOf.get(n.id)}${open}"${mermaidLabel(nodeLabel(n, labels))}"${close}`,
    ];
    const other = otherText(n, labels);
    if (other.trim() !== '') lines.push(`${indent}%% ${mermaidComment(other)}`);
    return lines;
  };
  for (const n of map.nodes) if (!index.groupOf.has(n.id)) out.push(...nodeLines(n, '  '));
  for (const g of map.groups) {
    const members = map.nodes.filter((n) => index.groupOf.get(n.id) === g.id);
    if (members.length === 0) continue;
    out.push(`  subgraph ${unique(`g_${mermaidIdPart(g.id)}`)} ["${mermaidLabel(g.label)}"]`);
    for (const n of members) out.push(...nodeLines(n, '    '));
    out.push('  end');
  }
  for (const r of map.relations) {
    const id = idOf.get(r.id);
    if (id) out.push(`  ${id}(("${r.from.length > 1 ? 'and' : '·'}"))`);
  }

  // linkStyle counts links in the order they are written, from 0.
  const styled: Record<Relation['kind'], number[]> = { support: [], attack: [], continues: [] };
  let linkCount = 0;
  const link = (
    from: string | undefined,
    arrow: string,
    to: string | undefined,
    kind: Relation['kind'],
  ) => {
    if (from === undefined || to === undefined) return;
    out.push(`  ${from} ${arrow} ${to}`);
    styled[kind].push(linkCount++);
  };
  const arrowOf = (r: Relation) =>
    r.kind === 'support' ? '-->' : r.kind === 'attack' ? '-.->|attacks|' : '-.->|continues|';
  for (const r of map.relations) {
    const target = idOf.get(r.to);
    const junction = needsJunction(r, index) ? idOf.get(r.id) : undefined;
    if (junction) {
      for (const f of r.from)
        link(idOf.get(f), r.kind === 'support' ? '---' : '-.-', junction, r.kind);
      link(junction, arrowOf(r), target, r.kind);
    } else {
      for (const f of r.from) link(idOf.get(f), arrowOf(r), target, r.kind);
    }
  }
  for (const [kind, links] of Object.entries(styled)) {
    if (links.length === 0) continue;
    const color = RELATION_COLORS[kind as Relation['kind']];
    out.push(`  linkStyle ${links.join(',')} stroke:${color},stroke-width:1.5px,color:${color}`);
  }

  const byClass = new Map<string, string[]>();
  const addClass = (cls: string, id: string | undefined) => {
    if (id !== undefined) byClass.set(cls, [...(byClass.get(cls) ?? []), id]);
  };
  for (const n of map.nodes) {
    addClass(n.kind, idOf.get(n.id));
    if (n.implicit) addClass('implicit', idOf.get(n.id));
  }
  for (const r of map.relations) if (needsJunction(r, index)) addClass('junction', idOf.get(r.id));
  for (const [cls, ids] of byClass) out.push(`  class ${ids.join(',')} ${cls}`);
  return `${out.join('\n')}\n`;
}

/** Our ids may hold letters of any script and `. : -`; Mermaid ids keep to ASCII and `_`. */
function mermaidIdPart(id: string): string {
  return sanitizeId(id, /[A-Za-z0-9_]/, '_');
}

const ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '%': '#37;',
  '`': '#96;',
};

/**
 * A label for inside `"..."`: quotes, `#` (which starts an entity code), HTML's `< > &`, `%`
 * (comments and directives) and backticks (Markdown strings) become entity codes; the text's
 * line breaks become `<br>`.
 */
export function mermaidLabel(text: string): string {
  return textLines(text)
    .map((line) => line.replace(/["#&<>%`]/g, (c) => ENTITIES[c] ?? c))
    .join('<br>');
}

/** A comment stays on its line, and `%%` inside it could start a directive: both are broken. */
function mermaidComment(text: string): string {
  return collapseWhitespace(text).replace(/%(?=%)/g, '% ');
}
