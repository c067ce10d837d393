/**
 * Performance marks the bench reads (scripts/bench), on the page's own clock: when the map
 * view asked its worker for a layout, and when the workers had got ready for a first file.
 */
export const MARKS = {
  layoutAsked: 'layout asked',
  parsingPrepared: 'parsing prepared',
  layoutPrepared: 'layout prepared',
} as const;

/** Sets a mark, the latest only: a page that lays out all day keeps one entry, not thousands. */
export function mark(name: (typeof MARKS)[keyof typeof MARKS]): void {
  performance.clearMarks(name);
  performance.mark(name);
}
