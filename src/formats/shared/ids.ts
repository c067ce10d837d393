/**
 * Hands out ids that are unique within one file: the first wish is granted as it is, later
 * equal wishes get `-2`, `-3`, ... (or the given separator) appended.
 */
export function uniqueIds(separator = '-'): (wish: string) => string {
  const taken = new Set<string>();
  // Where each wish's count goes on: counting from 2 every time made n equal wishes cost n²
  // look-ups. Numbers below it are all taken already, and taken ids stay taken.
  const next = new Map<string, number>();
  return (wish) => {
    let id = wish;
    if (taken.has(id)) {
      let n = next.get(wish) ?? 2;
      while (taken.has(`${wish}${separator}${n}`)) n++;
      id = `${wish}${separator}${n}`;
      next.set(wish, n + 1);
    }
    taken.add(id);
    return id;
  };
}

/** Replaces every character outside `allowed` with `replacement` (ids of other tools). */
export function sanitizeId(raw: string, allowed: RegExp, replacement: string): string {
  return Array.from(raw, (c) => (allowed.test(c) ? c : replacement)).join('');
}
