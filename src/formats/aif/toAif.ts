import type { ArgumentMap } from '../../model/types';
import { type ExportOptions, labelsOf } from '../shared/options';
import { indexMap, inferenceRelations } from '../shared/structure';
import { nodeLabel } from '../shared/text';
import {
  type AifDocument,
  type AifEdge,
  type AifLocution,
  type AifNode,
  type AifParticipant,
  ASSERTING,
  DEFAULT_CONFLICT,
  DEFAULT_INFERENCE,
  EXTENSION_KEY,
  type Extension,
  SPEAKER_SEPARATOR,
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
 * Where a claim was said is AIF's own dialogue layer: an L-node with the words (`Speaker : words`,
 * as OVA writes it), anchored in the claim's I-node by a YA-node "Asserting"; the speaker is a
 * participant, and the locution says that participant spoke it.
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

  // The dialogue: after the claims and relations, so their numbers stay what they were.
  const locutions: AifLocution[] = [];
  const participants: AifParticipant[] = [];
  const participantOf = new Map<string, string>();
  for (const n of map.nodes) {
    if (!n.said) continue;
    const { speaker, text } = n.said;
    const l = String(nodes.length + 1);
    const ya = String(nodes.length + 2);
    const words = speaker === undefined ? text : `${speaker}${SPEAKER_SEPARATOR}${text}`;
    nodes.push({ nodeID: l, text: words, type: 'L', timestamp });
    nodes.push({ nodeID: ya, text: ASSERTING, type: 'YA', timestamp });
    edge(l, ya);
    edge(ya, aifId.get(n.id));
    if (speaker === undefined) continue;
    let personID = participantOf.get(speaker);
    if (personID === undefined) {
      personID = String(participants.length + 1);
      participantOf.set(speaker, personID);
      // The whole name as the first name: readers join the two, so it comes back unchanged.
      participants.push({ participantID: personID, firstname: speaker, surname: '' });
    }
    locutions.push({ nodeID: l, personID, timestamp });
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
      ...(n.tags && { tags: [...n.tags] }),
    })),
    relations: drawn.map((r) => ({ nodeID: aifId.get(r.id) ?? '', id: r.id })),
    otherRelations: map.relations
      .filter((r) => !inference.has(r.id))
      .map((r) => ({ id: r.id, kind: r.kind, from: [...r.from], to: r.to })),
    groups: map.groups.map((g) => ({ id: g.id, label: g.label, members: [...g.members] })),
  };
  const document: AifDocument = {
    nodes,
    edges,
    locutions,
    ...(participants.length > 0 && { participants }),
    [EXTENSION_KEY]: extension,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `YYYY-MM-DD HH:mm:ss` in UTC, the form AIFdb writes. */
export function aifTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
