import type { NodeKind } from '../../model/types';

function shape(kind: NodeKind) {
  switch (kind) {
    case 'conclusion':
      return <path d="M6 0.5 L11.5 6 L6 11.5 L0.5 6 Z" fill="currentColor" />;
    case 'premise':
      return <rect x="1" y="1" width="10" height="10" fill="currentColor" />;
    case 'claim':
      return <circle cx="6" cy="6" r="5" fill="currentColor" />;
    case 'objection':
      return <path d="M2 2 L10 10 M10 2 L2 10" stroke="currentColor" strokeWidth="2.6" />;
    case 'question':
      return (
        <>
          <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path
            d="M4.4 4.6 Q4.6 2.8 6.2 3 Q7.8 3.3 7.4 4.8 Q7 5.8 6 6.3 V7.4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
          />
          <circle cx="6" cy="9.1" r="0.8" fill="currentColor" />
        </>
      );
  }
}

/** A shape per kind, so kinds differ in form and word, never in colour alone. */
export function KindIcon({ kind, size }: { kind: NodeKind; size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="am-kind-icon">
      {shape(kind)}
    </svg>
  );
}
