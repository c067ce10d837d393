import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from './testMaps';
import {
  DEFAULT_VIEW_STATE,
  type ViewState,
  viewStateFromQuery,
  viewStateToQuery,
} from './urlState';

const map = loadDefaultMap();
const state = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...s });

describe('viewStateToQuery', () => {
  it('the default view is an empty query', () => {
    expect(viewStateToQuery(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes only what differs, with short readable keys', () => {
    expect(
      viewStateToQuery(
        state({
          selected: 'legitimacy',
          collapsed: ['legitimacy', 'cost-saving'],
          hiddenKinds: ['objection'],
          hideImplicit: true,
          direction: 'right',
          uiLanguage: 'de',
          labels: 'gloss',
        }),
      ),
    ).toBe(
      'sel=legitimacy&fold=legitimacy,cost-saving&hide=objection,implicit&labels=gloss&lang=de&dir=right',
    );
  });
});

describe('viewStateFromQuery', () => {
  const full = state({
    selected: 'r-main',
    collapsed: ['legitimacy', 'traditional-view'],
    collapsedGroups: ['g-burden'],
    hiddenKinds: ['question', 'objection'],
    hideImplicit: true,
    hiddenRelationKinds: ['continues'],
    hiddenGroups: ['g-section-6'],
    labels: 'gloss',
    uiLanguage: 'en',
    direction: 'right',
    density: 'roomy',
  });

  it('round-trips every setting exactly, with and without the map', () => {
    for (const s of [DEFAULT_VIEW_STATE, full, state({ uiLanguage: 'de' })]) {
      expect(viewStateFromQuery(viewStateToQuery(s), map)).toEqual({ state: s, problems: [] });
      expect(viewStateFromQuery(`?${viewStateToQuery(s)}`)).toEqual({ state: s, problems: [] });
    }
  });

  it('round-trips ids with commas, spaces, ampersands and umlauts', () => {
    const s = state({ selected: 'ä & b', collapsed: ['x,y', 'a=b', '100%'] });
    const query = viewStateToQuery(s);
    expect(query).not.toContain(' ');
    expect(viewStateFromQuery(query).state).toEqual(s);
  });

  it('ignores unknown keys', () => {
    expect(viewStateFromQuery('utm_source=mail&dir=right&x')).toEqual({
      state: state({ direction: 'right' }),
      problems: [],
    });
  });

  it('drops ids the map does not have, naming key and value', () => {
    const { state: s, problems } = viewStateFromQuery(
      'sel=nope&fold=legitimacy,ghost&box=g-burden,g-x&hidegroups=zz',
      map,
    );
    expect(s).toEqual(state({ collapsed: ['legitimacy'], collapsedGroups: ['g-burden'] }));
    expect(problems).toEqual([
      'sel: "nope" is not a node or relation of this map',
      'fold: "ghost" is not a node of this map',
      'box: "g-x" is not a group of this map',
      'hidegroups: "zz" is not a group of this map',
    ]);
  });

  it('drops bad values and keeps the good ones', () => {
    const { state: s, problems } = viewStateFromQuery(
      'dir=diagonal&density=roomy&hide=objection,bogus&lang=fr&labels=&fold=%E0%A4%A',
    );
    expect(s).toEqual(state({ density: 'roomy', hiddenKinds: ['objection'] }));
    expect(problems).toEqual([
      'dir: "diagonal" is not one of up, right',
      'hide: "bogus" is not one of conclusion, claim, premise, objection, question, implicit, support, attack, continues',
      'lang: "fr" is not one of en, de',
      'labels: has no value',
      'fold: "%E0%A4%A" is not valid URL encoding',
    ]);
  });

  it('survives hostile input: 10,000 unknown ids and megabyte-long values', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `ghost-${i}`).join(',');
    const long = 'x'.repeat(1_000_000);
    const { state: s, problems } = viewStateFromQuery(
      `fold=${ids}&sel=${long}&dir=${long}&${long}=1&hide=${'%'.repeat(1000)}`,
      map,
    );
    expect(s).toEqual(DEFAULT_VIEW_STATE);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toMatch(/^… and \d+ more problems$/);
    expect(Math.max(...problems.map((p) => p.length))).toBeLessThan(200);
  });

  it('accepts 10,000 ids when no map is given to check them against', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `n${i}`);
    const { state: s } = viewStateFromQuery(viewStateToQuery(state({ collapsed: ids })));
    expect(s.collapsed).toEqual(ids);
  });

  it('a repeated list key adds up; a repeated setting keeps the last one', () => {
    const { state: s, problems } = viewStateFromQuery('fold=a&fold=b,a&dir=up&dir=right');
    expect(s.collapsed).toEqual(['a', 'b']);
    expect(s.direction).toBe('right');
    expect(problems).toEqual(['dir: given more than once; the last valid value counts']);
  });
});
