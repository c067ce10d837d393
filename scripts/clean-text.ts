/**
 * Writes data/passage.clean.txt from data/passage.raw.txt with the per-document join list
 * data/passage.joins.json, and prints the footer and every edit for review.
 * Run (Node 20 has no type stripping, so a TS runner is needed), either of:
 *   npx tsx scripts/clean-text.ts
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./scripts/clean-text.ts')"
 * src/text/cleanText.test.ts fails if the committed clean file differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText, parseJoinRules } from '../src/text/cleanText';

const path = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

const raw = readFileSync(path('../data/passage.raw.txt'), 'utf8');
const joins = parseJoinRules(JSON.parse(readFileSync(path('../data/passage.joins.json'), 'utf8')));
const result = cleanText(raw, { joins });

const out = path('../data/passage.clean.txt');
writeFileSync(out, result.text);
console.log(`wrote ${out}`);
console.log('footer:', JSON.stringify(result.footer));
for (const edit of result.edits) {
  console.log(
    `  ${edit.rules.join('+')}: ${JSON.stringify(edit.from)} -> ${JSON.stringify(edit.to)}`,
  );
}
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
