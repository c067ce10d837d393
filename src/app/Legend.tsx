import { markerId } from '../canvas/edges/EdgeMarkers';
import { KindIcon } from '../canvas/nodes/KindIcon';
import { NODE_KINDS, type NodeKind, RELATION_KINDS, type RelationKind } from '../model/types';

const KIND_TEXT: Record<NodeKind, string> = {
  conclusion: 'Conclusion',
  claim: 'Claim',
  premise: 'Premise',
  objection: 'Objection',
  question: 'Question',
};
const RELATION_TEXT: Record<RelationKind, string> = {
  support: 'supports',
  attack: 'attacks',
  continues: 'text continues with',
};

/** What each shape and line means; every cue is a form or a word as well as a colour. */
export function Legend() {
  return (
    <section className="am-legend" aria-label="Legend">
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind} className={`am-legend__kind am-legend__kind--${kind}`}>
            <KindIcon kind={kind} size={12} />
            {KIND_TEXT[kind]}
          </li>
        ))}
        <li className="am-legend__kind am-legend__kind--implicit">
          <span className="am-legend__swatch am-legend__swatch--implicit" />
          implicit (not in the text)
        </li>
      </ul>
      <ul>
        {RELATION_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="44" height="12" aria-hidden="true">
              <path
                d="M2 6 H40"
                className={`am-edge am-edge--${kind} am-edge--main react-flow__edge-path`}
                markerEnd={`url(#${markerId(kind)})`}
              />
            </svg>
            {RELATION_TEXT[kind]}
          </li>
        ))}
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <path
              d="M2 2 L20 7 M2 12 L20 7 H40"
              className="am-edge am-edge--support react-flow__edge-path"
            />
            <circle cx="20" cy="7" r="4" className="am-junction-dot" />
          </svg>
          co-premises, only together
        </li>
      </ul>
    </section>
  );
}
