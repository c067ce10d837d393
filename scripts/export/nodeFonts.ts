import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { facesFor, parseFontFaces } from '../../src/export/fontFaces';
import type { EmbeddedFont } from '../../src/export/renderSvg';

const require = createRequire(import.meta.url);

/** The bundled font's subsets that `text` needs, read from @fontsource's files, for an SVG. */
export function embeddedFontsFor(text: string): EmbeddedFont[] {
  const dir = dirname(require.resolve('@fontsource/ibm-plex-sans/400.css'));
  const faces = ['400.css', '600.css'].flatMap((css) =>
    parseFontFaces(readFileSync(join(dir, css), 'utf8')),
  );
  return facesFor(text, faces).map((f) => ({
    weight: f.weight,
    unicodeRange: f.unicodeRange,
    woff2Base64: readFileSync(join(dir, 'files', f.file)).toString('base64'),
  }));
}
