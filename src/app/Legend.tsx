import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markerId } from '../canvas/edges/EdgeMarkers';
import { KindIcon } from '../canvas/nodes/KindIcon';
import { NODE_KINDS, RELATION_KINDS } from '../model/types';

/** What each shape and line means; every cue is a form or a word as well as a colour. */
export function Legend() {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // On a narrow screen the legend is one row that scrolls sideways: then the keyboard can reach
  // it to scroll it (it has nothing focusable of its own). Elsewhere it is no Tab stop.
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const list of el.children) observer.observe(list);
    return () => observer.disconnect();
  }, []);
  return (
    <section
      ref={ref}
      className="am-legend"
      aria-label={t('legend.label')}
      tabIndex={scrolls ? 0 : undefined}
    >
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind} className={`am-legend__kind am-legend__kind--${kind}`}>
            <KindIcon kind={kind} size={12} />
            {t(`kind.${kind}`)}
          </li>
        ))}
        <li className="am-legend__kind am-legend__kind--implicit">
          <span className="am-legend__swatch am-legend__swatch--implicit" />
          {t('legend.implicit')}
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
            {t(`relation.${kind}`)}
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
          {t('legend.linked')}
        </li>
      </ul>
    </section>
  );
}
