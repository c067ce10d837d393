import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from './parseMap';

const file = readFileSync(new URL('../../data/default-map.json', import.meta.url), 'utf8');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the default map', () => {
  const result = parseMap(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const { map } = result;

  it('words every quoting node in its quote, shortened only where an ellipsis marks it', () => {
    for (const node of map.nodes) {
      if (!node.quote) continue;
      const quote = collapse(node.quote.text);
      let from = 0;
      for (const fragment of node.text.split('…').map(collapse).filter(Boolean)) {
        const at = quote.indexOf(fragment, from);
        expect(at, `${node.id}: "${fragment}" is not the quote's wording`).toBeGreaterThanOrEqual(
          0,
        );
        from = at + fragment.length;
      }
    }
  });

  it('has an English gloss for every node', () => {
    for (const node of map.nodes) expect(node.gloss.length, node.id).toBeGreaterThan(10);
  });
});
