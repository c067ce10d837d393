import { RESOURCES, type UiLanguage } from '../i18n/resources';
import type { ArgumentNode } from '../model/types';
import type { LabelLanguage } from './types';

/** The small caps line above a node's text: its kind and flags, in words, never colour alone. */
export function nodeHeader(node: ArgumentNode, language: UiLanguage = 'en'): string {
  const words = RESOURCES[language];
  const parts = [words.kind[node.kind]];
  if (node.implicit) parts.push(words.flag.implicit);
  if (node.breaksOff) parts.push(words.flag.breaksOff);
  return parts.join(' · ').toUpperCase();
}

/** The text a box shows; falls back to the source text when a node has no gloss. */
export function nodeBody(node: ArgumentNode, labels: LabelLanguage): string {
  return labels === 'gloss' && node.gloss.trim() !== '' ? node.gloss : node.text;
}
