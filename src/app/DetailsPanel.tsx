import { nodeHeader } from '../layout/nodeText';
import { useAppStoreApi } from '../store/useAppStore';

/** Everything about the selected node: full text, gloss, kind, and its words in the source. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const selectedId = store((s) => s.selectedNodeId);
  const node = map.nodes.find((n) => n.id === selectedId);
  if (!node) return null;
  return (
    <aside className="am-details" aria-label="Details of the selected node" data-testid="details">
      <header>
        <h2>{nodeHeader(node)}</h2>
        <button
          type="button"
          onClick={() => store.getState().selectNode(null)}
          aria-label="Close details"
        >
          ×
        </button>
      </header>
      <p className="am-details__text" lang={map.source.language}>
        {node.text}
      </p>
      {node.gloss && (
        <p className="am-details__gloss" lang="en">
          {node.gloss}
        </p>
      )}
      <h3>In the text</h3>
      {node.quote ? (
        <blockquote lang={map.source.language}>
          {node.quote.text}
          <footer>
            characters {node.quote.start}–{node.quote.end}
            {map.source.page !== undefined ? `, p. ${map.source.page}` : ''}
          </footer>
        </blockquote>
      ) : (
        <p className="am-details__none">
          {node.implicit
            ? 'Implicit: the reconstruction adds this claim; the text has no words for it.'
            : 'This node quotes no words of the text.'}
        </p>
      )}
      {node.breaksOff && (
        <p className="am-details__none">The text breaks off here: the page ends.</p>
      )}
    </aside>
  );
}
