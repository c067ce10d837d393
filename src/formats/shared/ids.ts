/**
 * Hands out ids that are unique within one file: the first wish is granted as it is, later
 * equal wishes get `-2`, `-3`, ... (or the given separator) appended.
 */
export function uniqueIds(separator = '-'): (wish: string) => string {
  const taken = new Set<string>();
  return (wish) => {
    let id = wish;
    for (let n = 2; taken.has(id); n++) id = `${wish}${separator}${n}`;
    taken.add(id);
    return id;
  };
}

/** Replaces every character outside `allowed` with `replacement` (ids of other tools). */
export function sanitizeId(raw: string, allowed: RegExp, replacement: string): string {
  return Array.from(raw, (c) => (allowed.test(c) ? c : replacement)).join('');
}
