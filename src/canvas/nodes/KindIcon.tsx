import { KIND_ICONS } from '../../diagram/theme';
import type { NodeKind } from '../../model/types';
import { ShapeElements } from './ShapeElements';

/** A shape per kind, so kinds differ in form and word, never in colour alone. */
export function KindIcon({ kind, size }: { kind: NodeKind; size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="am-kind-icon">
      <ShapeElements shapes={KIND_ICONS[kind]} />
    </svg>
  );
}
