import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/useAppStore';
import { paragraphsOf, type TextSegment, textSegments } from './textSegments';

/**
 * The clean source text beside the map, each quoted span marked. Pointing at a span marks its
 * node; clicking selects it and brings it into view; selecting a node scrolls here to its words.
 * Text no node quotes stays plain, so a reader sees what the reconstruction left out.
 */
export function SourceTextPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const selected = store((s) => s.selectedNodeId);
  const hovered = store((s) => s.hoveredNodeId);
  const paragraphs = useMemo(() => paragraphsOf(textSegments(map)), [map]);
  const implicit = map.nodes.filter((n) => n.implicit);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!selected) return;
    const mark = ref.current?.querySelector(`[data-quoted-by~="${CSS.escape(selected)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  const pick = (seg: TextSegment) => {
    const id = seg.nodeIds[0];
    if (!id) return;
    store.getState().selectNode(id);
    store.getState().centerOn(id);
  };

  return (
    <aside
      className="am-side-panel am-source"
      aria-label={t('source.title')}
      ref={ref}
      data-testid="source-text"
    >
      <h2>{t('source.title')}</h2>
      {map.source.citation && <p className="am-source__citation">{map.source.citation}</p>}
      <div lang={map.source.language}>
        {paragraphs.map((para) => (
          <p key={para[0]?.start}>
            {para.map((seg) =>
              seg.nodeIds.length === 0 ? (
                <span key={seg.start} className="am-source__unquoted">
                  {seg.text}
                </span>
              ) : (
                <mark
                  key={seg.start}
                  className={[
                    'am-source__quote',
                    selected && seg.nodeIds.includes(selected) ? 'am-source__quote--selected' : '',
                    hovered && seg.nodeIds.includes(hovered) ? 'am-source__quote--hovered' : '',
                  ].join(' ')}
                  data-quoted-by={seg.nodeIds.join(' ')}
                >
                  {/* A link to its node: inline, focusable, and said as a link by screen readers. */}
                  <a
                    href={`#node-${seg.nodeIds[0]}`}
                    onMouseEnter={() => store.getState().hoverNode(seg.nodeIds[0] ?? null)}
                    onMouseLeave={() => store.getState().hoverNode(null)}
                    onFocus={() => store.getState().hoverNode(seg.nodeIds[0] ?? null)}
                    onBlur={() => store.getState().hoverNode(null)}
                    onClick={(e) => {
                      e.preventDefault();
                      pick(seg);
                    }}
                  >
                    {seg.text}
                  </a>
                </mark>
              ),
            )}
          </p>
        ))}
      </div>
      {implicit.length > 0 && (
        <>
          <h3>{t('source.implicit')}</h3>
          <ul>
            {implicit.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className="am-link"
                  onClick={() => {
                    store.getState().selectNode(n.id);
                    store.getState().centerOn(n.id);
                  }}
                >
                  {n.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
