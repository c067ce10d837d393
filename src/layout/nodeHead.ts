import { RESOURCES, type UiLanguage } from '../i18n/resources';
import type { ArgumentNode } from '../model/types';
import type { LabelLanguage, MapLayout } from './types';

// What a box says of its node without measuring text: the page's panels need no font metrics
// (nodeText measures the header's tags; it runs where the boxes are laid out).

export const HEADER_SEPARATOR = ' · ';

/**
 * A node's kind and flags in words, as its header begins (`PREMISE · IMPLICIT`); a folded
 * group's box says so and how many nodes it holds (`GROUP · 4 NODES`).
 */
export function nodeHead(node: ArgumentNode, language: UiLanguage = 'en'): string {
  const words = RESOURCES[language];
  if (node.standsFor) {
    const { members } = node.standsFor;
    const noun = members === 1 ? words.groupBox.one : words.groupBox.other;
    return [words.groupBox.kind, `${members} ${noun}`].join(HEADER_SEPARATOR).toUpperCase();
  }
  const parts = [words.kind[node.kind]];
  if (node.implicit) parts.push(words.flag.implicit);
  if (node.breaksOff) parts.push(words.flag.breaksOff);
  return parts.join(HEADER_SEPARATOR).toUpperCase();
}

/**
 * The header a node's box shows (with the tags that fit), as laid out; for a node without a
 * box (folded or filtered away, or not laid out yet), its kind and flags.
 */
export function shownHeader(
  layout: MapLayout | undefined,
  node: ArgumentNode,
  language: UiLanguage,
): string {
  return layout?.nodes.find((b) => b.id === node.id)?.header ?? nodeHead(node, language);
}

/** The text a box shows; falls back to the source text when a node has no gloss. */
export function nodeBody(node: ArgumentNode, labels: LabelLanguage): string {
  return labels === 'gloss' && node.gloss.trim() !== '' ? node.gloss : node.text;
}
