/**
 * Puts a clean source text into a map file and sets every quote's offsets from its string.
 *   npx tsx scripts/sync-quotes.ts data/default-map.json data/passage.clean.txt
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { locateQuotes } from '../src/model/locateQuotes';
import type { ArgumentMap } from '../src/model/types';
import { formatIssue } from '../src/model/types';

const [mapPath, textPath] = process.argv.slice(2);
if (!mapPath || !textPath) {
  console.error('usage: sync-quotes <map.json> <clean-text.txt>');
  process.exit(2);
}
// Authors may write quotes as { text } alone; offsets are filled in below.
const file = JSON.parse(readFileSync(mapPath, 'utf8')) as ArgumentMap;
const { map, issues } = locateQuotes(file, readFileSync(textPath, 'utf8'));
if (issues.length > 0) {
  for (const issue of issues) console.error(`${mapPath}: ${formatIssue(issue)}`);
  process.exit(1);
}
writeFileSync(mapPath, `${JSON.stringify(map, null, 2)}\n`);
console.log(`${mapPath}: ${map.nodes.filter((n) => n.quote).length} quotes located`);
