/**
 * Run as a child process by bench.ts, so its peak RSS belongs to one layout and nothing else:
 *   node --import tsx scripts/bench/elkMemory.ts <nodes>
 * Prints one JSON line.
 */

import { generateMap } from '../../src/demo/generateMap';
import { createInProcessElk } from '../../src/layout/elkInProcess';
import { layoutWithElk } from './elkLayout';

const nodes = Number(process.argv[2] ?? 2000);
const elk = createInProcessElk();
const map = generateMap({ nodes, seed: 1 });
// A small layout first: ELK's own start-up memory is not the big layout's cost.
await layoutWithElk(generateMap({ nodes: 20, seed: 1 }), elk);

const MB = 1024 * 1024;
const before = process.memoryUsage();
const layout = await layoutWithElk(map, elk);
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    nodes: layout.nodes.length,
    rssBeforeMB: Math.round(before.rss / MB),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    heapUsedDeltaMB: Math.round((after.heapUsed - before.heapUsed) / MB),
  }),
);
