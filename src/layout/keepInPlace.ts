/**
 * Places a row of boxes, in their order, as near their wanted centres as they fit with `gap`
 * between neighbours: the sum of the squared moves is least. Boxes that would overlap form a
 * block that moves as one to its members' mean wanted place; blocks merge from left to right
 * while they overlap (the pool-adjacent-violators scheme). A box pushed aside by a neighbour
 * thus shares the move with it, half each, instead of shoving the rest of the row.
 *
 * Returns each box's start (left or top edge) along the row.
 */
export function keepInPlace(
  wanted: readonly number[],
  sizes: readonly number[],
  gap: number,
): number[] {
  // A block: boxes first..last; offset[i] is box i's centre from the block's first centre.
  interface Block {
    first: number;
    last: number;
    /** Sum over its boxes of (wanted centre - offset), and their count: the block's place. */
    sum: number;
    count: number;
  }
  const offset = new Float64Array(wanted.length);
  const blocks: Block[] = [];
  const placeOf = (b: Block) => b.sum / b.count;
  const size = (i: number) => sizes[i] ?? 0;
  for (let i = 0; i < wanted.length; i++) {
    let block: Block = { first: i, last: i, sum: wanted[i] ?? 0, count: 1 };
    for (;;) {
      const before = blocks[blocks.length - 1];
      if (!before) break;
      const step = size(before.last) / 2 + gap + size(block.first) / 2;
      const shift = (offset[before.last] as number) + step;
      if (placeOf(before) + shift <= placeOf(block)) break;
      // Overlap: the later block joins the earlier one, its offsets shifted along.
      for (let k = block.first; k <= block.last; k++) offset[k] = (offset[k] as number) + shift;
      before.sum += block.sum - shift * block.count;
      before.count += block.count;
      before.last = block.last;
      blocks.pop();
      block = before;
    }
    blocks.push(block);
  }
  const starts = new Array<number>(wanted.length);
  for (const b of blocks) {
    const at = placeOf(b);
    for (let k = b.first; k <= b.last; k++) starts[k] = at + (offset[k] as number) - size(k) / 2;
  }
  return starts;
}
