import type { UiLanguage } from '../i18n/resources';
import { measureText } from '../measure/measureText';
import type { ArgumentNode } from '../model/types';
import { nodeHead, HEADER_SEPARATOR as SEPARATOR } from './nodeHead';
import { NODE_STYLE } from './nodeStyle';

/**
 * The small caps line above a node's text: its kind and flags, in words, never colour alone,
 * then its tags as written (`PREMISE · IMPLICIT · #economy #public health`). The header is one
 * line and the box grows to fit it, so tags are shown only while the line stays within the
 * widest a text line may be; the rest are counted (`+2`). The first tag is always shown.
 */
export function nodeHeader(node: ArgumentNode, language: UiLanguage = 'en'): string {
  const head = nodeHead(node, language);
  const tags = node.tags ?? [];
  if (tags.length === 0) return head;

  const font = NODE_STYLE.header.font;
  const room = NODE_STYLE.maxTextWidth - NODE_STYLE.header.icon - NODE_STYLE.header.iconGap;
  const fits = (line: string) => measureText(line, font) <= room;
  let line = `${head}${SEPARATOR}#${tags[0]}`;
  for (let i = 1; i < tags.length; i++) {
    const next = `${line} #${tags[i]}`;
    const rest = tags.length - i - 1;
    // Room for the count of the tags after this one, if any.
    if (!fits(rest > 0 ? `${next} +${rest}` : next)) return `${line} +${tags.length - i}`;
    line = next;
  }
  return line;
}
