import type { VisibleMap } from '../explore/visibleMap';
import type { UiLanguage } from '../i18n/resources';
import type { Rect } from '../layout/bounds';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap } from '../model/types';
import type { SvgView } from './renderSvg';
import { sourceLineOf } from './sourceLine';

/** What a user picks for a diagram export, in the app's Export dialog or on the command line. */
export interface DiagramOptions {
  language: UiLanguage;
  legend: boolean;
  /** The map's title above the diagram: `true` for the map's own, a string for another. */
  title: boolean | string;
  /** The source's citation and page under the diagram. */
  sourceLine: boolean;
  background: 'white' | 'transparent';
  /** Only this part of the layout (the current view); the whole map when absent. */
  region?: Rect;
}

/**
 * The SVG view for an export: one function, so the app and the CLI turn the same options into
 * the same picture. Fonts are added by the caller, which knows where to read them.
 */
export function diagramView(
  map: ArgumentMap,
  visible: VisibleMap,
  options: DiagramOptions,
): Omit<SvgView, 'fonts'> {
  const title = options.title === true ? map.title : options.title || undefined;
  return {
    language: options.language,
    legend: options.legend,
    title,
    sourceLine: options.sourceLine ? sourceLineOf(map.source, options.language) : undefined,
    background: options.background,
    region: options.region,
    hiddenBelow: visible.hiddenBelow,
  };
}

/** The visible map with its layout: what a diagram export draws. */
export interface LaidOutView {
  visible: VisibleMap;
  layout: MapLayout;
}
