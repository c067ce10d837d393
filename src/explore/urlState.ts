import type { Density, Direction, LabelLanguage } from '../layout/types';
import { type ArgumentMap, NODE_KINDS, RELATION_KINDS } from '../model/types';
import { NO_FILTER, type ViewFilter } from './visibleMap';

/** Everything about the view worth keeping in a shareable link. */
export interface ViewState extends ViewFilter {
  /** A selected node or relation id. */
  selected: string | null;
  labels: LabelLanguage;
  /** null: follow the browser's language. */
  uiLanguage: 'en' | 'de' | null;
  direction: Direction;
  density: Density;
  /** Presenting a tour: its id and the 0-based step shown (1-based in the link). */
  presenting: { tour: string; step: number } | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  ...NO_FILTER,
  selected: null,
  labels: 'source',
  uiLanguage: null,
  direction: 'up',
  density: 'compact',
  presenting: null,
};

/** Query keys, short enough to read in a link. */
const KEY = {
  selected: 'sel',
  collapsed: 'fold',
  collapsedGroups: 'box',
  hide: 'hide',
  hiddenGroups: 'hidegroups',
  labels: 'labels',
  uiLanguage: 'lang',
  direction: 'dir',
  density: 'density',
  present: 'present',
  step: 'step',
} as const;

const IMPLICIT = 'implicit';
/** Problems beyond this many are summed up: a hostile link must not flood the UI. */
const MAX_PROBLEMS = 20;
const MAX_SHOWN_VALUE = 60;

/** Commas separate list items, so each item is encoded on its own (a comma in an id is %2C). */
const encodeList = (items: readonly string[]) => items.map(encodeURIComponent).join(',');

/** The query string (without `?`) for a view state; only values that differ from the default. */
export function viewStateToQuery(state: ViewState): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  if (state.selected !== null) put(KEY.selected, encodeURIComponent(state.selected));
  if (state.collapsed.length > 0) put(KEY.collapsed, encodeList(state.collapsed));
  if (state.collapsedGroups.length > 0) put(KEY.collapsedGroups, encodeList(state.collapsedGroups));
  const hide = [
    ...state.hiddenKinds,
    ...(state.hideImplicit ? [IMPLICIT] : []),
    ...state.hiddenRelationKinds,
  ];
  if (hide.length > 0) put(KEY.hide, encodeList(hide));
  if (state.hiddenGroups.length > 0) put(KEY.hiddenGroups, encodeList(state.hiddenGroups));
  if (state.labels !== DEFAULT_VIEW_STATE.labels) put(KEY.labels, state.labels);
  if (state.uiLanguage !== null) put(KEY.uiLanguage, state.uiLanguage);
  if (state.direction !== DEFAULT_VIEW_STATE.direction) put(KEY.direction, state.direction);
  if (state.density !== DEFAULT_VIEW_STATE.density) put(KEY.density, state.density);
  if (state.presenting) {
    put(KEY.present, encodeURIComponent(state.presenting.tour));
    put(KEY.step, String(state.presenting.step + 1));
  }
  return parts.join('&');
}

/** Shortens a value for a message, so a megabyte-long id cannot flood the UI. */
function shown(value: string): string {
  const short = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
  return JSON.stringify(short);
}

/** Decodes one query component; `+` is a space, as browsers write form values. */
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Reads a view state from a link's query (with or without the leading `?`). Unknown keys are
 * ignored; bad values and ids not in `map` are dropped, each reported as `key: problem`.
 */
export function viewStateFromQuery(
  query: string,
  map?: ArgumentMap,
): { state: ViewState; problems: string[] } {
  const state: ViewState = {
    ...DEFAULT_VIEW_STATE,
    collapsed: [],
    collapsedGroups: [],
    hiddenKinds: [],
    hiddenRelationKinds: [],
    hiddenGroups: [],
  };
  const problems: string[] = [];
  let extra = 0;
  const problem = (key: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${key}: ${message}`);
    else extra++;
  };
  const nodeIds = map && new Set(map.nodes.map((n) => n.id));
  const relationIds = map && new Set(map.relations.map((r) => r.id));
  const groupIds = map && new Set(map.groups.map((g) => g.id));
  const seenKeys = new Set<string>();
  let stepFromLink = 0;

  /** Decoded, non-empty, de-duplicated items; the ones `accept` refuses are reported. */
  const list = (key: string, raw: string, accept: (v: string) => string | null): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const item of raw.split(',')) {
      if (item === '') continue;
      const value = decode(item);
      if (value === null) {
        problem(key, `${shown(item)} is not valid URL encoding`);
        continue;
      }
      const refusal = accept(value);
      if (refusal !== null) problem(key, `${shown(value)} ${refusal}`);
      else if (!seen.has(value)) {
        seen.add(value);
        out.push(value);
      }
    }
    return out;
  };
  const oneOf =
    <T extends string>(options: readonly T[]) =>
    (v: string) =>
      options.includes(v as T) ? null : `is not one of ${options.join(', ')}`;
  const known = (ids: Set<string> | undefined, what: string) => (v: string) =>
    !ids || ids.has(v) ? null : `is not a ${what} of this map`;
  const merge = (target: string[], items: string[]) => {
    const present = new Set(target);
    for (const i of items) if (!present.has(i)) target.push(i);
  };
  /** A single value; a repeated key keeps the last good one. */
  const scalar = (key: string, raw: string, accept: (v: string) => string | null) => {
    if (seenKeys.has(key)) problem(key, 'given more than once; the last valid value counts');
    if (raw === '') {
      problem(key, 'has no value');
      return null;
    }
    return list(key, raw.replace(/,/g, '%2C'), accept)[0] ?? null;
  };

  const text = query.replace(/^[?#]+/, '');
  for (const pair of text === '' ? [] : text.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    switch (key) {
      case KEY.selected: {
        const isItem = (v: string) =>
          !nodeIds || nodeIds.has(v) || relationIds?.has(v)
            ? null
            : 'is not a node or relation of this map';
        state.selected = scalar(key, raw, isItem) ?? state.selected;
        break;
      }
      case KEY.collapsed:
        merge(state.collapsed, list(key, raw, known(nodeIds, 'node')));
        break;
      case KEY.collapsedGroups:
        merge(state.collapsedGroups, list(key, raw, known(groupIds, 'group')));
        break;
      case KEY.hiddenGroups:
        merge(state.hiddenGroups, list(key, raw, known(groupIds, 'group')));
        break;
      case KEY.hide:
        for (const v of list(key, raw, oneOf([...NODE_KINDS, IMPLICIT, ...RELATION_KINDS]))) {
          if (v === IMPLICIT) state.hideImplicit = true;
          else if ((NODE_KINDS as readonly string[]).includes(v)) {
            merge(state.hiddenKinds, [v]);
          } else merge(state.hiddenRelationKinds, [v]);
        }
        break;
      case KEY.labels:
        state.labels = (scalar(key, raw, oneOf(['source', 'gloss'])) ??
          state.labels) as LabelLanguage;
        break;
      case KEY.uiLanguage:
        state.uiLanguage = (scalar(key, raw, oneOf(['en', 'de'])) ?? state.uiLanguage) as
          | 'en'
          | 'de'
          | null;
        break;
      case KEY.direction:
        state.direction = (scalar(key, raw, oneOf(['up', 'right'])) ??
          state.direction) as Direction;
        break;
      case KEY.density:
        state.density = (scalar(key, raw, oneOf(['compact', 'roomy'])) ?? state.density) as Density;
        break;
      case KEY.present: {
        // A map without tours presents a generated one: any tour name opens something.
        const tour = scalar(key, raw, () => null);
        if (tour !== null) state.presenting = { tour, step: state.presenting?.step ?? 0 };
        break;
      }
      case KEY.step: {
        const isStep = (v: string) => (/^[1-9][0-9]{0,3}$/.test(v) ? null : 'is not a step number');
        const step = scalar(key, raw, isStep);
        if (step !== null) stepFromLink = Number(step) - 1;
        break;
      }
      default:
        // Unknown keys belong to someone else (analytics, a newer version): leave them be.
        break;
    }
    if (key !== null) seenKeys.add(key);
  }
  if (state.presenting) state.presenting = { ...state.presenting, step: stepFromLink };
  else if (stepFromLink > 0) problem(KEY.step, 'needs present= to name the tour');
  if (extra > 0) problems.push(`… and ${extra} more problems`);
  return { state, problems };
}
