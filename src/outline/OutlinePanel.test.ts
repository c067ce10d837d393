import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { startI18nIn } from '../i18n/i18n';
import { type AppStore, createAppStore } from '../store/appStore';
import { type AppStoreApi, AppStoreContext } from '../store/useAppStore';
import { OutlinePanel } from './OutlinePanel';

startI18nIn('en');

/** The panel's first render as HTML, parsed just enough to read its tree items. */
function render(setup?: (store: ReturnType<typeof createAppStore>) => void) {
  const store = createAppStore(loadDefaultMap());
  setup?.(store);
  // Server rendering reads a zustand store's initial state; read the state set up here instead.
  const now = Object.assign(
    (selector: (s: AppStore) => unknown) => selector(store.getState()),
    store,
  ) as unknown as AppStoreApi;
  const html = renderToStaticMarkup(
    createElement(AppStoreContext.Provider, { value: now }, createElement(OutlinePanel)),
  );
  const items = [...html.matchAll(/<li ([^>]*)>/g)].map((m) => {
    const attrs = Object.fromEntries(
      [...(m[1] as string).matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]),
    );
    return attrs as Record<string, string>;
  });
  return { html, items };
}

describe('OutlinePanel', () => {
  it('is a docked, labelled panel holding a tree', () => {
    const { html } = render();
    expect(html).toMatch(/^<aside class="am-side-panel am-outline" aria-label="Outline"/);
    expect(html).toContain('>Outline</h2>');
    expect(html).toMatch(/<ul role="tree" aria-labelledby="[^"]+"/);
    expect(html).toContain('<ul role="group"');
  });

  it('renders every item as a treeitem with level, expansion and one tab stop', () => {
    const { items } = render();
    expect(items).toHaveLength(18);
    expect(items.every((i) => i.role === 'treeitem')).toBe(true);
    expect(items[0]).toMatchObject({ 'aria-level': '1', 'aria-expanded': 'true', tabindex: '0' });
    expect(items[1]).toMatchObject({ 'aria-level': '2', tabindex: '-1' });
    expect(items.filter((i) => i.tabindex === '0')).toHaveLength(1);
    // Leaves have no aria-expanded.
    expect(items.filter((i) => i['aria-expanded'] === undefined).length).toBeGreaterThan(0);
  });

  it('says each relation in words and marks co-premises and references', () => {
    const { html } = render();
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Conclusion: ');
    expect(text).toContain('supports: ');
    expect(text).toContain('attacks: ');
    expect(text).toContain(' together with ');
    expect(text).toContain('(see above)');
    expect(text).toContain('precedes in the text: ');
  });

  it('marks the selected node and shows glosses when chosen', () => {
    const { items, html } = render((s) => {
      s.getState().selectNode('legitimacy');
      s.getState().setOptions({ labels: 'gloss' });
    });
    const selected = items.filter((i) => i['aria-selected'] === 'true');
    expect(selected).toHaveLength(1);
    expect(html).toContain('am-outline__row--selected');
    expect(selected[0]?.tabindex).toBe('0');
    const node = loadDefaultMap().nodes.find((n) => n.id === 'legitimacy');
    expect(html).toContain(`lang="en" data-node-id="legitimacy">${node?.gloss}`);
  });
});
