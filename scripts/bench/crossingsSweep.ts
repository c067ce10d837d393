import { generateMap } from '../../src/demo/generateMap';
import { countCrossings } from '../../src/layout/countCrossings';
import type { ElkRunner } from '../../src/layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/types';
import { layoutWithDagre } from './dagreLayout';
import { layoutWithElk } from './elkLayout';
import { table } from './report';

/**
 * Edge crossings of the app's layout against dagre's on many generated maps, not just the bench
 * map (seed 1): ten seeds per size. Dagre counts as the better of its two drawings (groups as
 * clusters, or flat) on each map.
 */
export const SWEEP_SIZES = [100, 200, 500, 1000];
export const SWEEP_SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

export interface SweepRow {
  nodes: number;
  seed: number;
  ours: number;
  dagreClusters: number;
  dagreFlat: number;
}

/** Dagre's crossings on a map: the fewer of its two drawings. */
export const dagreCrossings = (r: SweepRow) => Math.min(r.dagreClusters, r.dagreFlat);

export async function measureCrossingsSweep(
  elk: ElkRunner,
  log: (line: string) => void,
  sizes: readonly number[] = SWEEP_SIZES,
): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const nodes of sizes) {
    const start = performance.now();
    for (const seed of SWEEP_SEEDS) {
      const map = generateMap({ nodes, seed });
      rows.push({
        nodes,
        seed,
        ours: countCrossings((await layoutWithElk(map, elk)).edges),
        dagreClusters: countCrossings(layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, true).edges),
        dagreFlat: countCrossings(layoutWithDagre(map, DEFAULT_LAYOUT_OPTIONS, false).edges),
      });
    }
    log(`  ${nodes} nodes: done in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  return rows;
}

export function printCrossingsSweep(rows: readonly SweepRow[]): void {
  const dagre = dagreCrossings;
  const lines = [...new Set(rows.map((r) => r.nodes))].map((nodes) => {
    const mine = rows.filter((r) => r.nodes === nodes);
    const sum = (f: (r: SweepRow) => number) => mine.reduce((a, r) => a + f(r), 0);
    const worse = mine.filter((r) => r.ours > dagre(r));
    const worst = Math.max(...mine.map((r) => r.ours / Math.max(1, dagre(r))));
    return [
      String(nodes),
      `${mine.length - worse.length} / ${mine.length}`,
      worse.map((r) => `seed ${r.seed}: ${r.ours} vs ${dagre(r)}`).join(', ') || '-',
      String(sum((r) => r.ours)),
      String(sum(dagre)),
      `${(sum((r) => r.ours) / sum(dagre)).toFixed(2)}x`,
      `${worst.toFixed(2)}x`,
    ];
  });
  console.log(
    table(
      ['nodes', 'no more than dagre', 'more on', 'ours, sum', 'dagre, sum', 'ratio', 'worst'],
      lines,
    ),
  );
  console.log(
    '  dagre: the fewer of its two drawings of each map (groups as clusters, or flat); worst:',
  );
  console.log("   the highest ratio of our crossings to dagre's on one map");
}
