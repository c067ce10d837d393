import { nodeBody } from '../../layout/nodeHead';
import type { LabelLanguage } from '../../layout/types';
import type { ArgumentNode } from '../../model/types';

/** The node's label, as the app shows it (a blank gloss falls back to the source text). */
export function nodeLabel(node: ArgumentNode, labels: LabelLanguage): string {
  return nodeBody(node, labels);
}

/** The text that is not the label, kept beside it where a format has room (tooltip, comment). */
export function otherText(node: ArgumentNode, labels: LabelLanguage): string {
  return labels === 'gloss' ? node.text : node.gloss;
}

/** Runs of whitespace (newlines included) become one space; ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text's lines, without the empty ones and with inner whitespace collapsed. */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(collapseWhitespace)
    .filter((line) => line !== '');
}

/**
 * Breaks text into lines of at most `width` characters at spaces, keeping the text's own line
 * breaks. A word longer than a line stays whole: graph tools draw a wide box rather than a
 * word cut in two.
 */
export function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of textLines(text)) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}
