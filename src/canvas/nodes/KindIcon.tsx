import { iconOf } from '../../diagram/theme';
import type { NodeKind } from '../../model/types';
import { ShapeElements } from './ShapeElements';

/**
 * A shape per kind, so kinds differ in form and word, never in colour alone; a folded group
 * (`group`) has a shape of its own.
 */
export function KindIcon({ kind, size, group }: { kind: NodeKind; size: number; group?: boolean }) {
  return (
    <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="am-kind-icon">
      <ShapeElements shapes={iconOf({ kind, standsFor: group || undefined })} />
    </svg>
  );
}
