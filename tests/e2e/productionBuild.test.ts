import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const assets = fileURLToPath(new URL('../../dist/assets/', import.meta.url));

describe('the built app the browser tests use', () => {
  // React's development build is several times slower; a test build must be what users get.
  it("ships React's production build, not its development build", () => {
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const dev = scripts.filter((f) =>
      readFileSync(`${assets}${f}`, 'utf8').includes(
        'is deprecated in plain JavaScript React classes',
      ),
    );
    expect(dev).toEqual([]);
  });
});
