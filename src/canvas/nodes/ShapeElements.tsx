import type { Shape } from '../../diagram/theme';

/** Icon and marker primitives from the diagram theme as React SVG elements. */
export function ShapeElements({ shapes }: { shapes: readonly Shape[] }) {
  return (
    <>
      {shapes.map((s, i) => {
        const paint = { fill: s.fill, stroke: 'stroke' in s ? s.stroke : undefined };
        const strokeWidth = 'strokeWidth' in s ? s.strokeWidth : undefined;
        // Shapes are a fixed list per icon: their position is their identity.
        switch (s.type) {
          case 'path':
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            return <path key={i} d={s.d} {...paint} strokeWidth={strokeWidth} />;
          case 'circle':
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <circle key={i} cx={s.cx} cy={s.cy} r={s.r} {...paint} strokeWidth={strokeWidth} />
            );
          default:
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <rect key={i} x={s.x} y={s.y} width={s.width} height={s.height} fill={s.fill} />
            );
        }
      })}
    </>
  );
}
