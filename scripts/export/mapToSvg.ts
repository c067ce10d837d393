import { NO_FILTER, visibleMap } from '../../src/explore/visibleMap';
import { diagramView, type DiagramOptions as ViewOptions } from '../../src/export/diagramView';
import { drawnText, renderSvg } from '../../src/export/renderSvg';
import { svgSize } from '../../src/export/svgSize';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { layoutMap } from '../../src/layout/layoutMap';
import type { LayoutOptions, MapLayout } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';
import { USAGE, UserError } from './errors';
import { embeddedFontsFor } from './nodeFonts';

/** Everything besides the map that decides what the exported diagram looks like. */
export interface DiagramOptions extends Omit<ViewOptions, 'language' | 'region'> {
  /** Its `language` is also the view's: legend and node headers. */
  layout: LayoutOptions;
  /** Nodes whose reasons are folded away (each drawn with a `+N` badge). */
  collapse: readonly string[];
}

export interface DiagramSvg {
  svg: string;
  width: number;
  height: number;
  /** The layout drawn (of the folded map), e.g. for tests to compare the text with. */
  layout: MapLayout;
  /** Title, legend and source line as drawn. */
  view: ReturnType<typeof diagramView>;
}

/**
 * Map + options -> self-contained SVG: fold, lay out, draw with the embedded font subsets.
 * The same functions with the same inputs as the app's export, so both draw the same SVG.
 */
export async function mapToSvg(map: ArgumentMap, options: DiagramOptions): Promise<DiagramSvg> {
  const ids = new Set(map.nodes.map((n) => n.id));
  const unknown = options.collapse.filter((id) => !ids.has(id));
  if (unknown.length > 0)
    throw new UserError(`--collapse: the map has no node ${unknown.join(', ')}`, USAGE);
  const visible = visibleMap(map, { ...NO_FILTER, collapsed: [...options.collapse] });
  const { layout: layoutOptions, legend, title, sourceLine, background } = options;
  const view = diagramView(map, visible, {
    language: layoutOptions.language,
    legend,
    title,
    sourceLine,
    background,
  });
  if (options.sourceLine && !view.sourceLine)
    throw new UserError('--source-line: the map names no source (no citation or page)');
  const layout = await layoutMap(visible.map, layoutOptions, createInProcessElk());
  const fonts = embeddedFontsFor(drawnText(layout, view));
  const svg = renderSvg(visible.map, layout, { ...view, fonts });
  return { svg, ...svgSize(svg), layout, view };
}
