import { useEffect, useState } from 'react';
import { embeddedFontsFor } from '../export/browser/bundledFonts';
import { drawnText, renderSvg, type SvgView } from '../export/renderSvg';
import { toUiLanguage } from '../i18n/resources';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap, Tour } from '../model/types';
import { stepLayout } from './stepLayout';

/** Room around the step's own boxes in a preview, in layout pixels. */
const MARGIN = 40;

/**
 * A picture of a step as the audience will see it (the exports' SVG renderer, framed on the
 * step's boxes), for the presenter's window.
 */
export function StepPreview({
  map,
  layout,
  tour,
  step,
  language,
  label,
}: {
  map: ArgumentMap;
  layout: MapLayout;
  tour: Tour;
  step: number;
  language: string;
  label: string;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    let made: string | null = null;
    const { layout: shown, focus } = stepLayout(map, layout, tour, step);
    const region = focus && {
      x: focus.x - MARGIN,
      y: focus.y - MARGIN,
      width: focus.width + 2 * MARGIN,
      height: focus.height + 2 * MARGIN,
    };
    const view: SvgView = {
      language: toUiLanguage(language),
      legend: false,
      background: 'white',
      region: region ?? undefined,
    };
    embeddedFontsFor(drawnText(shown, view))
      .catch(() => [])
      .then((fonts) => {
        if (!current) return;
        const svg = renderSvg(map, shown, { ...view, fonts });
        made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setUrl(made);
      });
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [map, layout, tour, step, language]);
  return url ? <img className="am-presenter__preview" src={url} alt={label} /> : null;
}
