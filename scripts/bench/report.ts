/** Printing shared by the bench's sections. */

export { median } from '../../src/layout/stats';

/** Milliseconds (or any figure) with a decimal below 100, none above. */
export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** A right-aligned text table, indented by two spaces, with a rule under its head. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)]
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
