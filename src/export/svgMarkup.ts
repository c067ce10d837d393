import type { Shape } from '../diagram/theme';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** `name="value"` pairs; undefined values are left out, numbers rounded to 0.01. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join(' ');
}

export function element(
  name: string,
  pairs: Record<string, string | number | undefined>,
  children?: string,
): string {
  const a = attrs(pairs);
  const open = a ? `<${name} ${a}` : `<${name}`;
  return children === undefined ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** An icon or marker primitive as SVG markup; `colour` replaces `currentColor`. */
export function shapeMarkup(shape: Shape, colour: string): string {
  const paint = (c: string | undefined) => (c === 'currentColor' ? colour : c);
  const common = {
    fill: paint(shape.fill),
    stroke: 'stroke' in shape ? paint(shape.stroke) : undefined,
    'stroke-width': 'strokeWidth' in shape ? shape.strokeWidth : undefined,
  };
  switch (shape.type) {
    case 'path':
      return element('path', { d: shape.d, ...common });
    case 'circle':
      return element('circle', { cx: shape.cx, cy: shape.cy, r: shape.r, ...common });
    case 'rect':
      return element('rect', {
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        ...common,
      });
  }
}
