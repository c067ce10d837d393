import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addNode } from '../edit/nodeEdits';
import { applyEdit } from '../editing/applyEdit';
import type { Quote } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { quoteFromSelection, sourceOffset } from './selectionQuote';
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

  // Words the user selected in the text, ready to become a node.
  const [selection, setSelection] = useState<Quote | null>(null);
  useEffect(() => {
    const onChange = () => {
      const range = document.getSelection();
      const root = ref.current;
      if (!range || range.isCollapsed || !root || range.rangeCount === 0) {
        setSelection(null);
        return;
      }
      const r = range.getRangeAt(0);
      const inside = root.contains(r.startContainer) && root.contains(r.endContainer);
      const start = inside ? sourceOffset(r.startContainer, r.startOffset) : null;
      const end = inside ? sourceOffset(r.endContainer, r.endOffset) : null;
      const text = store.getState().map.source.text;
      setSelection(start !== null && end !== null ? quoteFromSelection(text, start, end) : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [store]);
  const makeNode = () => {
    if (!selection) return;
    const words = selection.text.replace(/\s+/gu, ' ');
    const result = addNode(store.getState().map, { kind: 'claim', text: words, quote: selection });
    if (applyEdit(store, t('edit.did.quote'), result, (m) => t('edit.refused', { message: m }))) {
      document.getSelection()?.removeAllRanges();
      if (result.ok) {
        store.getState().selectNode(result.id);
        store.getState().centerOn(result.id);
      }
    }
  };

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
      <p className="am-source__make">
        <button
          type="button"
          className="am-button"
          disabled={!selection}
          data-testid="node-from-selection"
          // Keep the selection: a press on the button must not clear it before the click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={makeNode}
        >
          {t('edit.fromSelection')}
        </button>
        {!selection && <small>{t('edit.fromSelectionHint')}</small>}
      </p>
      {map.source.citation && <p className="am-source__citation">{map.source.citation}</p>}
      <div lang={map.source.language}>
        {paragraphs.map((para) => (
          <p key={para[0]?.start}>
            {para.map((seg) =>
              seg.nodeIds.length === 0 ? (
                <span key={seg.start} className="am-source__unquoted" data-start={seg.start}>
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
                    data-start={seg.start}
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
