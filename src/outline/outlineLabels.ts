import type { OutlineItem } from '../explore/outline';
import { RESOURCES, type UiLanguage } from '../i18n/resources';
import type { LabelLanguage } from '../layout/types';
import type { ArgumentNode } from '../model/types';

/**
 * How an item bears on the item above it, said before its text: the item is the subject
 * ("supports: X" reads "X supports the claim above"). A `continues` child is what the text says
 * just before its parent, so it "precedes" it in the text.
 */
export function relationWords(item: OutlineItem, language: UiLanguage = 'en'): string {
  const w = RESOURCES[language].outline;
  switch (item.kind) {
    case 'support':
      return item.onRelation ? w.supportsInference : w.supports;
    case 'attack':
      return w.attacks;
    case 'undercut':
      return w.undercuts;
    case 'continues':
      return w.precedes;
    case 'root':
      return '';
  }
}

/** A root says what kind of node it is instead of a relation: "Conclusion:", "Question:". */
export function rootWords(node: ArgumentNode | undefined, language: UiLanguage = 'en'): string {
  return node ? `${RESOURCES[language].kind[node.kind]}:` : '';
}

/** One node's words in an item, in the chosen label language. */
export interface ItemPart {
  nodeId: string;
  text: string;
  /** The language of `text`: the source's, or English for a gloss. */
  lang: string;
  implicit: boolean;
  /** Shown in full earlier in the outline. */
  seeAbove: boolean;
}

/** The text shown for a node: the gloss when glosses are chosen and it has one. */
export function nodeLabel(
  node: ArgumentNode,
  labels: LabelLanguage,
  sourceLanguage: string,
): { text: string; lang: string } {
  return labels === 'gloss' && node.gloss.trim() !== ''
    ? { text: node.gloss, lang: 'en' }
    : { text: node.text, lang: sourceLanguage };
}

/** The parts of an item in order; co-premises are read "A together with B and C". */
export function itemParts(
  item: OutlineItem,
  nodesById: ReadonlyMap<string, ArgumentNode>,
  labels: LabelLanguage,
  sourceLanguage: string,
): ItemPart[] {
  return item.nodeIds.map((nodeId) => {
    const node = nodesById.get(nodeId);
    const label = node ? nodeLabel(node, labels, sourceLanguage) : { text: nodeId, lang: 'en' };
    return {
      nodeId,
      ...label,
      implicit: node?.implicit ?? false,
      seeAbove: item.refNodeIds.includes(nodeId),
    };
  });
}

/** The joining words before the i-th part of an item: "", " together with ", " and ". */
export function partJoiner(index: number, language: UiLanguage = 'en'): string {
  const w = RESOURCES[language].outline;
  if (index === 0) return '';
  return index === 1 ? w.togetherWith : w.and;
}
