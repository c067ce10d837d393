/**
 * The default map drawn into index.html at build time, one picture per interface language: a
 * first visit sees the map as soon as the page's HTML and CSS are in, while the app's scripts
 * still load and start (they take a second or so to draw it on a 2-core laptop; npm run bench,
 * section 1). `src/firstPicture/` shows the picture of the map the app is about to draw (or
 * none) and takes it away once the app's own map is on screen, in the same place.
 */
import { FIT_VIEW } from '../../src/canvas/camera/fitView';
import { renderSvg } from '../../src/export/renderSvg';
import { escapeXml } from '../../src/export/svgMarkup';
import { FIRST_PICTURE_ID } from '../../src/firstPicture/firstPicture';
import { contentBounds } from '../../src/layout/bounds';
import type { ArgumentMap } from '../../src/model/types';
import type { DefaultMapLayout } from './defaultMapLayouts';

/** The markup to put into index.html's body, ahead of the app's root. */
export function firstPictureHtml(map: ArgumentMap, layouts: readonly DefaultMapLayout[]): string {
  const padding = FIT_VIEW.padding;
  if (typeof padding !== 'object')
    throw new Error('the first picture frames the map with FIT_VIEW padding in pixels');
  const maxZoom = FIT_VIEW.maxZoom;
  if (maxZoom === undefined) throw new Error('the first picture needs the fit view zoom limit');
  const side = (p: string | number | undefined) => {
    if (typeof p !== 'string' || !p.endsWith('px')) throw new Error(`fit padding ${p}: not px`);
    return p;
  };
  // The pane's frame, read by firstPicture.css: the fit's padding and zoom limit.
  const frame =
    `--pad-top:${side(padding.top)};--pad-right:${side(padding.right)};` +
    `--pad-bottom:${side(padding.bottom)};--pad-left:${side(padding.left)};` +
    `--max-zoom:${maxZoom}`;
  const pictures = layouts.map(({ language, layout }) => {
    // Framed as React Flow's fit view frames the boxes: their bounds, fitted into the pane
    // less the padding, never enlarged past the fit's zoom limit (see firstPicture.css).
    const region = contentBounds(layout);
    const svg = renderSvg(map, layout, {
      language,
      legend: false,
      background: 'transparent',
      region,
      overflow: true,
      idPrefix: `am-first-${language}-`,
    }).replace(/^<\?xml[^>]*>\s*/, '');
    const bounds = `--bw:${region.width};--bh:${region.height}`;
    return `<div class="am-first-picture__map" data-lang="${escapeXml(language)}" style="${bounds}">${svg}</div>`;
  });
  // Which picture shows: the one in the language the first script names on <html>, and only
  // for a language there is a picture of (see src/firstPicture/firstPicture.css for the rest).
  const on = (lang: string) => `[data-first-picture="${lang}"] #${FIRST_PICTURE_ID}`;
  const languages = layouts.map((l) => escapeXml(l.language));
  const style =
    `${languages.map(on).join(',')}{display:block}` +
    languages.map((l) => `${on(l)} [data-lang="${l}"]{display:block}`).join('');
  return (
    `<div id="${FIRST_PICTURE_ID}" class="am-first-picture" aria-hidden="true">` +
    `<style>${style}</style>` +
    `<div class="am-first-picture__pane" style="${frame}">${pictures.join('')}</div>` +
    '</div>'
  );
}
