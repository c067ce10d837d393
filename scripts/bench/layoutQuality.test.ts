import { describe, expect, it } from 'vitest';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { dagreCrossings, measureCrossingsSweep } from './crossingsSweep';

// The bench's comparison held as a promise: the app's layout of a big map crosses no more
// edges than dagre's layout of the very same graph (with group clusters or flat, whichever
// crosses fewer).
describe('layout quality against dagre', () => {
  const elk = createInProcessElk();

  /** The maps drawn with more crossings than dagre's, and our crossings over dagre's in all. */
  const againstDagre = async (sizes: number[]) => {
    const rows = await measureCrossingsSweep(elk, () => {}, sizes);
    expect(rows).toHaveLength(10 * sizes.length);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    return {
      worse: rows.filter((r) => r.ours > dagreCrossings(r)).map((r) => `${r.nodes}/${r.seed}`),
      ratio: sum((r) => r.ours) / sum(dagreCrossings),
    };
  };

  // Small maps keep their reading order unless ELK's own order, from four random starts,
  // crosses fewer edges: 7 crossings against dagre's 37 on these ten, more only on seed 7 (4
  // against 2). In reading order only: 21, more than dagre on four.
  it('crosses fewer edges than dagre on ten generated maps of 50 nodes', async () => {
    const { worse, ratio } = await againstDagre([50]);
    expect(worse.length).toBeLessThanOrEqual(1);
    expect(ratio).toBeLessThan(0.3);
  }, 120_000);

  // Medium maps keep ELK's own layering and order; laid out afresh from two of ELK's random
  // starts, the one drawn with fewer crossings kept: 48 crossings against dagre's 158 on these
  // ten (66 with one start; seed 2 then crossed 10 against dagre's 4, now 3).
  it('crosses no more edges than dagre on ten generated maps of 100 nodes', async () => {
    const { worse, ratio } = await againstDagre([100]);
    expect(worse).toEqual([]);
    expect(ratio).toBeLessThan(0.4);
  }, 120_000);

  // Section 2a of the bench, ten maps of each size: none drawn with more crossings than dagre
  // since restarts also start from the best order shaken (500 nodes, seed 2: 169 against 188;
  // 193 before). 188 of dagre's 556 crossings at 200 nodes and 1889 of 2832 at 500 since the
  // order search restarts more often, always from the best order shaken, and ELK makes ten
  // runs up to 300 boxes (247 and 2018 before).
  it('crosses fewer edges than dagre on twenty generated maps of 200 and 500 nodes', async () => {
    const at200 = await againstDagre([200]);
    const at500 = await againstDagre([500]);
    expect([...at200.worse, ...at500.worse]).toEqual([]);
    expect(at200.ratio).toBeLessThan(0.4);
    expect(at500.ratio).toBeLessThan(0.68);
  }, 300_000);

  // The bench's 1000-node maps: seed 8 crossed 903 against dagre's 856 (flat) until the order
  // search restarted from the best order shaken, more often (now 842: a narrow margin).
  it('crosses no more edges than dagre on ten generated maps of 1000 nodes', async () => {
    const { worse, ratio } = await againstDagre([1000]);
    expect(worse).toEqual([]);
    expect(ratio).toBeLessThan(0.82);
  }, 400_000);
});
