/**
 * Reads the bundled font files (IBM Plex Sans, from @fontsource) and writes the advance
 * widths that decide every line break: src/measure/fontMetrics.generated.json.
 * Run: npm run gen:metrics. A unit test re-derives the table and fails if it drifts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFontMetrics } from './fontMetricsFromFiles';

const out = fileURLToPath(new URL('../src/measure/fontMetrics.generated.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(readFontMetrics())}\n`);
console.log(`wrote ${out}`);
