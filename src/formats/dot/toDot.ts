import type { ArgumentMap, ArgumentNode, Relation } from '../../model/types';
import { type ExportOptions, labelsOf } from '../shared/options';
import { indexMap, needsJunction } from '../shared/structure';
import { KIND_COLORS, RELATION_COLORS, WRAP_WIDTH } from '../shared/style';
import { nodeLabel, otherText, wrapWords } from '../shared/text';

/**
 * Graphviz DOT, laid out bottom to top so the conclusion is on top. Boxes are filled by kind,
 * implicit nodes dashed; support is a green arrow, attack a red dashed line with a bar, and
 * "continues" a grey dotted arrow that does not rank the nodes. Co-premises meet in a small point
 * from which one arrow goes on; an undercut points at that point of the relation it attacks
 * (a single-premise relation that is undercut gets a point too). Groups are clusters.
 * Labels are wrapped at about 40 characters; the other text is the tooltip.
 */
export function toDot(map: ArgumentMap, options?: ExportOptions): string {
  const labels = labelsOf(options);
  const index = indexMap(map);
  const idOf = (id: string) => (index.nodes.has(id) ? dotString(`n:${id}`) : dotString(`r:${id}`));

  const out: string[] = [
    `digraph ${dotString(map.title)} {`,
    `  graph [rankdir=BT, charset="UTF-8", label=${dotString(map.title)}, labelloc=t, fontname="Helvetica", fontsize=14, nodesep=0.3, ranksep=0.4];`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, margin="0.15,0.08"];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.8];',
  ];
  const nodeLine = (n: ArgumentNode, indent: string) =>
    `${indent}${idOf(n.id)} [${nodeAttributes(n, nodeLabel(n, labels), otherText(n, labels))}];`;

  for (const n of map.nodes) if (!index.groupOf.has(n.id)) out.push(nodeLine(n, '  '));
  map.groups.forEach((g, i) => {
    const members = map.nodes.filter((n) => index.groupOf.get(n.id) === g.id);
    if (members.length === 0) return;
    out.push(
      `  subgraph ${dotString(`cluster_${i}`)} {`,
      `    label=${dotString(wrapWords(g.label, WRAP_WIDTH).join('\n'))};`,
      '    style="rounded,dashed"; color="#8C8C8C"; fontname="Helvetica"; fontsize=12;',
      ...members.map((n) => nodeLine(n, '    ')),
      '  }',
    );
  });
  for (const r of map.relations) {
    if (!needsJunction(r, index)) continue;
    const color = RELATION_COLORS[r.kind];
    out.push(
      `  ${idOf(r.id)} [shape=point, width=0.1, style=filled, color="${color}", tooltip=${dotString(r.id)}];`,
    );
  }
  for (const r of map.relations) out.push(...edges(r, needsJunction(r, index), idOf));
  out.push('}');
  return `${out.join('\n')}\n`;
}

function nodeAttributes(n: ArgumentNode, label: string, tooltip: string): string {
  const colors = KIND_COLORS[n.kind];
  const style = ['rounded', 'filled', ...(n.implicit ? ['dashed'] : [])].join(',');
  const attributes = [
    `label=${dotString(wrapWords(label, WRAP_WIDTH).join('\n'))}`,
    `tooltip=${dotString(tooltip || label)}`,
    `style="${style}"`,
    `fillcolor="${colors.fill}"`,
    `color="${colors.border}"`,
  ];
  if (n.kind === 'conclusion') attributes.push('penwidth=2');
  if (n.kind === 'question') attributes.push('shape=hexagon');
  return attributes.join(', ');
}

function edges(r: Relation, junction: boolean, idOf: (id: string) => string): string[] {
  const color = RELATION_COLORS[r.kind];
  const look =
    r.kind === 'attack'
      ? `color="${color}", style=dashed, arrowhead=tee`
      : r.kind === 'continues'
        ? `color="${color}", style=dotted, arrowhead=open, constraint=false`
        : `color="${color}"`;
  const tooltip = `tooltip=${dotString(`${r.kind} (${r.id})`)}`;
  if (!junction) {
    return r.from.map((f) => `  ${idOf(f)} -> ${idOf(r.to)} [${look}, ${tooltip}];`);
  }
  return [
    ...r.from.map(
      (f) => `  ${idOf(f)} -> ${idOf(r.id)} [color="${color}", arrowhead=none, ${tooltip}];`,
    ),
    `  ${idOf(r.id)} -> ${idOf(r.to)} [${look}, ${tooltip}];`,
  ];
}

/**
 * A DOT double-quoted string. Backslash and quote are escaped; a line break becomes `\n`, which
 * Graphviz draws as a centred line break in labels.
 */
export function dotString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n');
  return `"${escaped}"`;
}
