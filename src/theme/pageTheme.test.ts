import { describe, expect, it } from 'vitest';
import { showPageTheme } from './pageTheme';

/** A media query whose answer the test changes, as the system's setting would. */
function fakeQuery(matches: boolean) {
  const listeners: (() => void)[] = [];
  const query = {
    matches,
    addEventListener: (_: 'change', listener: () => void) => void listeners.push(listener),
  };
  const flip = (to: boolean) => {
    query.matches = to;
    for (const listener of listeners) listener();
  };
  return { query: query as unknown as MediaQueryList, flip };
}

const fakeRoot = () => ({ dataset: {} }) as HTMLElement;

describe('the page theme', () => {
  it('follows the system while System is chosen', () => {
    const root = fakeRoot();
    const system = fakeQuery(false);
    showPageTheme(root, system.query, 'system');
    expect(root.dataset.theme).toBe('light');
    system.flip(true);
    expect(root.dataset.theme).toBe('dark');
  });

  it('keeps a chosen theme when the system changes, and takes a new choice at once', () => {
    const root = fakeRoot();
    const system = fakeQuery(true);
    const choose = showPageTheme(root, system.query, 'light');
    expect(root.dataset.theme).toBe('light');
    system.flip(false);
    choose('dark');
    expect(root.dataset.theme).toBe('dark');
    system.flip(true);
    system.flip(false);
    expect(root.dataset.theme).toBe('dark');
    choose('system');
    expect(root.dataset.theme).toBe('light');
  });
});
