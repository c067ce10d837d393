import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../app/typingTarget';
import { type SearchHit, searchNodes } from '../explore/search';
import { toUiLanguage } from '../i18n/resources';
import { shownHeader } from '../layout/nodeHead';
import { useAppStoreApi } from '../store/useAppStore';
import { HitText } from './HitText';

/** A node found by the search, with every place it matched. */
interface NodeHits {
  nodeId: string;
  hits: SearchHit[];
}

const SHOWN = 30;

/**
 * Finds nodes by words of their text or gloss (case, accents and umlaut spellings ignored).
 * Enter brings the next hit into view and selects it, Shift+Enter the previous; `/` jumps here.
 */
export function SearchBox() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const layout = store((s) => s.laidOut?.layout);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  // The hit list shows while the search has focus, so it never covers the map for good.
  const [focused, setFocused] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const found: NodeHits[] = useMemo(() => {
    const byNode = new Map<string, SearchHit[]>();
    for (const hit of searchNodes(map, query)) {
      byNode.set(hit.nodeId, [...(byNode.get(hit.nodeId) ?? []), hit]);
    }
    return [...byNode].map(([nodeId, hits]) => ({ nodeId, hits }));
  }, [map, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTypingTarget(e.target)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (index: number) => {
    const hit = found[index];
    if (!hit) return;
    setCurrent(index);
    store.getState().selectNode(hit.nodeId);
    store.getState().centerOn(hit.nodeId);
  };

  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const open = focused && query.trim() !== '';
  return (
    <search
      className="am-search"
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <input
        ref={input}
        type="search"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        // Only while the results are there: a reference to nothing is an error for screen readers.
        aria-controls={open ? listId : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setCurrent(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && found.length > 0) {
            e.preventDefault();
            const step = e.shiftKey ? -1 : 1;
            go((current + step + found.length) % found.length);
          } else if (e.key === 'Escape') {
            setQuery('');
          }
        }}
      />
      {open && (
        <div className="am-search__results" id={listId} data-testid="search-results">
          <p className="am-search__count" aria-live="polite">
            {found.length === 0 ? t('search.none') : t('search.count', { count: found.length })}
          </p>
          <ul>
            {found.slice(0, SHOWN).map(({ nodeId, hits }, i) => {
              const node = byId.get(nodeId);
              if (!node) return null;
              const field = hits[0]?.field ?? 'text';
              return (
                <li key={nodeId}>
                  <button
                    type="button"
                    className={
                      i === current ? 'am-search__hit am-search__hit--current' : 'am-search__hit'
                    }
                    onClick={() => go(i)}
                  >
                    <span className="am-search__kind">
                      {shownHeader(layout, node, toUiLanguage(i18n.resolvedLanguage))}
                    </span>
                    <HitText
                      text={field === 'gloss' ? node.gloss : node.text}
                      hits={hits.filter((h) => h.field === field)}
                    />
                  </button>
                </li>
              );
            })}
          </ul>
          {found.length > SHOWN && (
            <p className="am-search__count">{t('search.more', { count: found.length - SHOWN })}</p>
          )}
        </div>
      )}
    </search>
  );
}
