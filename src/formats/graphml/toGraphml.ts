import type { ArgumentMap, ArgumentNode, Relation } from '../../model/types';
import { type ExportOptions, labelsOf } from '../shared/options';
import { indexMap, needsJunction } from '../shared/structure';
import { KIND_COLORS, RELATION_COLORS, WRAP_WIDTH } from '../shared/style';
import { nodeLabel, wrapWords } from '../shared/text';
import { xmlAttr, xmlText } from '../shared/xml';

// yEd draws labels at about this size; boxes are sized from it since yEd does not resize on load.
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 17;
const PADDING = 16;
const JUNCTION = 10;

/**
 * GraphML that yEd opens with its boxes, labels, colours and arrows (the yFiles extensions:
 * `y:ShapeNode`, `y:PolyLineEdge`, group nodes with a nested graph), and that other tools read
 * through plain `<data>` keys: kind, text, gloss, implicit and ids.
 * Co-premises meet in a small junction node from which one arrow goes on; a relation that is
 * undercut gets such a junction too, so the undercut has a node to point at. Groups are yEd
 * group nodes holding their members; "continues" is a grey dotted edge.
 */
export function toGraphml(map: ArgumentMap, options?: ExportOptions): string {
  const labels = labelsOf(options);
  const index = indexMap(map);
  const graphId = new Map<string, string>();
  map.nodes.forEach((n, i) => {
    const group = index.groupOf.get(n.id);
    const groupIndex = map.groups.findIndex((g) => g.id === group);
    graphId.set(n.id, groupIndex >= 0 ? `g${groupIndex}::n${i}` : `n${i}`);
  });
  map.relations.forEach((r, i) => {
    if (needsJunction(r, index)) graphId.set(r.id, `j${i}`);
  });

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '  <key id="d0" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="d1" for="edge" yfiles.type="edgegraphics"/>',
    '  <key id="d2" for="graph" attr.name="title" attr.type="string"/>',
    '  <key id="d3" for="node" attr.name="id" attr.type="string"/>',
    '  <key id="d4" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="d5" for="node" attr.name="text" attr.type="string"/>',
    '  <key id="d6" for="node" attr.name="gloss" attr.type="string"/>',
    '  <key id="d7" for="node" attr.name="implicit" attr.type="boolean"/>',
    '  <key id="d8" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="d9" for="edge" attr.name="kind" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">',
    `    <data key="d2">${xmlText(map.title)}</data>`,
  ];

  const written = new Set<string>();
  const writeNode = (n: ArgumentNode, indent: string) => {
    written.add(n.id);
    out.push(...shapeNode(graphId.get(n.id) ?? '', n, nodeLabel(n, labels), indent));
  };
  for (const n of map.nodes) if (!index.groupOf.has(n.id)) writeNode(n, '    ');
  map.groups.forEach((g, gi) => {
    const members = map.nodes.filter((n) => index.groupOf.get(n.id) === g.id);
    if (members.length === 0) return;
    out.push(
      `    <node id="g${gi}" yfiles.foldertype="group">`,
      `      <data key="d3">${xmlText(g.id)}</data>`,
      '      <data key="d4">group</data>',
      `      <data key="d5">${xmlText(g.label)}</data>`,
      '      <data key="d0">',
      '        <y:ProxyAutoBoundsNode>',
      '          <y:Realizers active="0">',
      ...groupRealizer(g.label, false),
      ...groupRealizer(g.label, true),
      '          </y:Realizers>',
      '        </y:ProxyAutoBoundsNode>',
      '      </data>',
      `      <graph id="g${gi}:" edgedefault="directed">`,
    );
    for (const n of members) writeNode(n, '        ');
    out.push('      </graph>', '    </node>');
  });
  for (const r of map.relations) {
    const id = graphId.get(r.id);
    if (id) out.push(...junctionNode(id, r));
  }

  let edgeCount = 0;
  const edge = (from: string | undefined, to: string | undefined, r: Relation, arrow: boolean) => {
    if (from === undefined || to === undefined) return;
    out.push(...polyLineEdge(`e${edgeCount++}`, from, to, r, arrow));
  };
  for (const r of map.relations) {
    const target = graphId.get(r.to);
    const junction = needsJunction(r, index) ? graphId.get(r.id) : undefined;
    if (junction) {
      for (const f of r.from) edge(graphId.get(f), junction, r, false);
      edge(junction, target, r, true);
    } else {
      for (const f of r.from) edge(graphId.get(f), target, r, true);
    }
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

function shapeNode(id: string, n: ArgumentNode, label: string, indent: string): string[] {
  const lines = wrapWords(label, WRAP_WIDTH);
  const width = Math.max(...lines.map((l) => l.length), 8) * CHAR_WIDTH + PADDING;
  const height = lines.length * LINE_HEIGHT + PADDING;
  const colors = KIND_COLORS[n.kind];
  const shape = n.kind === 'question' ? 'hexagon' : 'roundrectangle';
  const border = n.implicit ? 'dashed' : 'line';
  const borderWidth = n.kind === 'conclusion' ? '2.0' : '1.0';
  const i = indent;
  return [
    `${i}<node id="${xmlAttr(id)}">`,
    `${i}  <data key="d3">${xmlText(n.id)}</data>`,
    `${i}  <data key="d4">${n.kind}</data>`,
    `${i}  <data key="d5">${xmlText(n.text)}</data>`,
    `${i}  <data key="d6">${xmlText(n.gloss)}</data>`,
    `${i}  <data key="d7">${n.implicit}</data>`,
    `${i}  <data key="d0">`,
    `${i}    <y:ShapeNode>`,
    `${i}      <y:Geometry height="${height}" width="${width}" x="0" y="0"/>`,
    `${i}      <y:Fill color="${colors.fill}" transparent="false"/>`,
    `${i}      <y:BorderStyle color="${colors.border}" type="${border}" width="${borderWidth}"/>`,
    `${i}      <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" fontStyle="plain" modelName="internal" modelPosition="c" textColor="#000000" visible="true">${xmlText(lines.join('\n'))}</y:NodeLabel>`,
    `${i}      <y:Shape type="${shape}"/>`,
    `${i}    </y:ShapeNode>`,
    `${i}  </data>`,
    `${i}</node>`,
  ];
}

function junctionNode(id: string, r: Relation): string[] {
  const color = RELATION_COLORS[r.kind];
  return [
    `    <node id="${xmlAttr(id)}">`,
    `      <data key="d3">${xmlText(r.id)}</data>`,
    '      <data key="d4">junction</data>',
    '      <data key="d0">',
    '        <y:ShapeNode>',
    `          <y:Geometry height="${JUNCTION}" width="${JUNCTION}" x="0" y="0"/>`,
    `          <y:Fill color="${color}" transparent="false"/>`,
    `          <y:BorderStyle color="${color}" type="line" width="1.0"/>`,
    '          <y:Shape type="ellipse"/>',
    '        </y:ShapeNode>',
    '      </data>',
    '    </node>',
  ];
}

/** yEd keeps an open and a closed look for each group; both carry the label. */
function groupRealizer(label: string, closed: boolean): string[] {
  return [
    '            <y:GroupNode>',
    '              <y:Geometry height="80" width="200" x="0" y="0"/>',
    '              <y:Fill color="#F7F7F7" transparent="false"/>',
    '              <y:BorderStyle color="#8C8C8C" type="dashed" width="1.0"/>',
    `              <y:NodeLabel alignment="left" autoSizePolicy="node_width" backgroundColor="#EBEBEB" fontFamily="Dialog" fontSize="13" fontStyle="bold" modelName="internal" modelPosition="t" textColor="#000000" visible="true">${xmlText(label)}</y:NodeLabel>`,
    '              <y:Shape type="roundrectangle"/>',
    `              <y:State closed="${closed}" closedHeight="50.0" closedWidth="200.0" innerGraphDisplayEnabled="false"/>`,
    '              <y:Insets bottom="15" bottomF="15.0" left="15" leftF="15.0" right="15" rightF="15.0" top="15" topF="15.0"/>',
    '            </y:GroupNode>',
  ];
}

function polyLineEdge(id: string, from: string, to: string, r: Relation, arrow: boolean): string[] {
  const style = r.kind === 'attack' ? 'dashed' : r.kind === 'continues' ? 'dotted' : 'line';
  const head = !arrow ? 'none' : r.kind === 'attack' ? 't_shape' : 'standard';
  return [
    `    <edge id="${id}" source="${xmlAttr(from)}" target="${xmlAttr(to)}">`,
    `      <data key="d8">${xmlText(r.id)}</data>`,
    `      <data key="d9">${r.kind}</data>`,
    '      <data key="d1">',
    '        <y:PolyLineEdge>',
    `          <y:LineStyle color="${RELATION_COLORS[r.kind]}" type="${style}" width="${r.kind === 'continues' ? '1.0' : '1.5'}"/>`,
    `          <y:Arrows source="none" target="${head}"/>`,
    '          <y:BendStyle smoothed="false"/>',
    '        </y:PolyLineEdge>',
    '      </data>',
    '    </edge>',
  ];
}
