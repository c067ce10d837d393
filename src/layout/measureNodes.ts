import type { UiLanguage } from '../i18n/resources';
import { measureText } from '../measure/measureText';
import { wrapText } from '../measure/wrapText';
import type { ArgumentMap } from '../model/types';
import { nodeBody } from './nodeHead';
import { GROUP_STYLE, NODE_STYLE } from './nodeStyle';
import { nodeHeader } from './nodeText';
import type { LabelLanguage, NodeBox } from './types';

export type MeasuredNode = Omit<NodeBox, 'x' | 'y'>;

/** Wraps each node's text in the bundled font and sizes its box to fit, before layout. */
export function measureNodes(
  map: ArgumentMap,
  labels: LabelLanguage,
  language: UiLanguage = 'en',
): Map<string, MeasuredNode> {
  const s = NODE_STYLE;
  const out = new Map<string, MeasuredNode>();
  for (const node of map.nodes) {
    const header = nodeHeader(node, language);
    const maxWidth = node.kind === 'conclusion' ? s.maxConclusionWidth : s.maxTextWidth;
    const lines = wrapText(nodeBody(node, labels), maxWidth, s.body.font);
    const textWidth = Math.max(
      s.minTextWidth,
      s.header.icon + s.header.iconGap + measureText(header, s.header.font),
      ...lines.map((l) => measureText(l, s.body.font)),
    );
    out.set(node.id, {
      id: node.id,
      kind: node.kind,
      header,
      lines,
      width: Math.ceil(textWidth + 2 * (s.paddingX + s.border)),
      height:
        2 * s.border +
        s.paddingTop +
        s.header.lineHeight +
        s.header.gap +
        lines.length * s.body.lineHeight +
        s.paddingBottom,
    });
  }
  return out;
}

/** The narrowest a group frame may be so its label is not clipped. */
export function groupMinWidth(label: string): number {
  return Math.ceil(
    measureText(label, GROUP_STYLE.label.font) +
      2 * GROUP_STYLE.paddingSide +
      GROUP_STYLE.foldButton,
  );
}
