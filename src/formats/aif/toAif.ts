import type { ArgumentMap } from '../../model/types';
import { type ExportOptions, labelsOf } from '../shared/options';
import { indexMap, inferenceRelations } from '../shared/structure';
import { nodeLabel } from '../shared/text';
import {
  type AifDocument,
  type AifEdge,
  type AifNode,
  DEFAULT_CONFLICT,
  DEFAULT_INFERENCE,
  EXTENSION_KEY,
  type Extension,
} from './aif';

export interface AifExportOptions extends ExportOptions {
  /**
   * The time stamped on every node (AIFdb wants one). Left out, a fixed 1970 stamp keeps the
   * export a pure function of the map; the app passes the time of export.
   */
  timestamp?: Date;
}

/**
 * AIF JSON as AIFdb and OVA read it. Each node is an I-node; each support an RA-node fed by all
 * its premises (co-premises share one RA); each attack a CA-node. An undercut is a CA-node
 * pointing at the RA- or CA-node of the relation it attacks. "continues" is reading order, not
 * inference, and AIF's MA (rephrase) and TA (dialogue transition) mean something else, so it is
 * left out of the graph and kept in the `argmap` extension with everything else AIF cannot hold.
 */
export function toAif(map: ArgumentMap, options?: AifExportOptions): string {
  const labels = labelsOf(options);
  const timestamp = aifTimestamp(options?.timestamp ?? new Date(0));
  const index = indexMap(map);
  const inference = inferenceRelations(map, index);

  // AIFdb numbers its nodes; so do we, and the extension says which number is which id.
  const aifId = new Map<string, string>();
  const nodes: AifNode[] = [];
  for (const n of map.nodes) {
    const nodeID = String(nodes.length + 1);
    aifId.set(n.id, nodeID);
    nodes.push({ nodeID, text: nodeLabel(n, labels), type: 'I', timestamp });
  }
  const drawn = map.relations.filter((r) => inference.has(r.id));
  for (const r of drawn) {
    const nodeID = String(nodes.length + 1);
    aifId.set(r.id, nodeID);
    const type = r.kind === 'support' ? 'RA' : 'CA';
    nodes.push({
      nodeID,
      text: type === 'RA' ? DEFAULT_INFERENCE : DEFAULT_CONFLICT,
      type,
      timestamp,
    });
  }

  const edges: AifEdge[] = [];
  const edge = (from: string | undefined, to: string | undefined) => {
    if (from === undefined || to === undefined) return;
    edges.push({ edgeID: String(edges.length + 1), fromID: from, toID: to, formEdgeID: null });
  };
  for (const r of drawn) {
    const s = aifId.get(r.id);
    for (const f of r.from) edge(aifId.get(f), s);
    edge(s, aifId.get(r.to));
  }

  const extension: Extension = {
    version: map.version,
    title: map.title,
    source: { ...map.source },
    labels,
    nodes: map.nodes.map((n) => ({
      nodeID: aifId.get(n.id) ?? '',
      id: n.id,
      kind: n.kind,
      implicit: n.implicit,
      text: n.text,
      gloss: n.gloss,
      ...(n.quote && { quote: { ...n.quote } }),
      ...(n.breaksOff !== undefined && { breaksOff: n.breaksOff }),
    })),
    relations: drawn.map((r) => ({ nodeID: aifId.get(r.id) ?? '', id: r.id })),
    otherRelations: map.relations
      .filter((r) => !inference.has(r.id))
      .map((r) => ({ id: r.id, kind: r.kind, from: [...r.from], to: r.to })),
    groups: map.groups.map((g) => ({ id: g.id, label: g.label, members: [...g.members] })),
  };
  const document: AifDocument = { nodes, edges, locutions: [], [EXTENSION_KEY]: extension };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `YYYY-MM-DD HH:mm:ss` in UTC, the form AIFdb writes. */
export function aifTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
