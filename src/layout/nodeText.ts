import type { ArgumentNode, NodeKind } from '../model/types';
import type { LabelLanguage } from './types';

const KIND_WORDS: Record<NodeKind, string> = {
  conclusion: 'Conclusion',
  claim: 'Claim',
  premise: 'Premise',
  objection: 'Objection',
  question: 'Question',
};

/** The small caps line above a node's text: its kind and flags, in words, never colour alone. */
export function nodeHeader(node: ArgumentNode): string {
  const parts = [KIND_WORDS[node.kind]];
  if (node.implicit) parts.push('implicit');
  if (node.breaksOff) parts.push('text breaks off');
  return parts.join(' · ').toUpperCase();
}

/** The text a box shows; falls back to the source text when a node has no gloss. */
export function nodeBody(node: ArgumentNode, labels: LabelLanguage): string {
  return labels === 'gloss' && node.gloss.trim() !== '' ? node.gloss : node.text;
}
