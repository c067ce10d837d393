// For tests: the page's localStorage without a page.

/** localStorage's interface over a Map; `full` makes every write throw as a full quota does. */
export function fakeStorage(full = false, items = new Map<string, string>()): Storage {
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}
