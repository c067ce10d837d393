import css400 from '@fontsource/ibm-plex-sans/400.css?raw';
import css600 from '@fontsource/ibm-plex-sans/600.css?raw';
import { type FontFace, facesFor, parseFontFaces } from '../fontFaces';
import type { EmbeddedFont } from '../renderSvg';
import { base64 } from './base64';

// The font files the page already uses; loaded only when an export needs them.
const files = import.meta.glob<string>(
  '/node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-*-{400,600}-normal.{woff,woff2}',
  { query: '?url', import: 'default' },
);
const FACES = [...parseFontFaces(css400), ...parseFontFaces(css600)];

async function fetchFile(name: string): Promise<ArrayBuffer> {
  const load = files[`/node_modules/@fontsource/ibm-plex-sans/files/${name}`];
  if (!load) throw new Error(`font file ${name} is not bundled`);
  const response = await fetch(await load());
  if (!response.ok) throw new Error(`could not load font file ${name} (${response.status})`);
  return response.arrayBuffer();
}

/** The bundled subsets `text` needs, as the SVG export embeds them (same bytes as the CLI). */
export async function embeddedFontsFor(text: string): Promise<EmbeddedFont[]> {
  return Promise.all(
    facesFor(text, FACES).map(async (f) => ({
      weight: f.weight,
      unicodeRange: f.unicodeRange,
      woff2Base64: base64(await fetchFile(f.file)),
    })),
  );
}

/** The WOFF (not WOFF2) files of the subsets `text` needs: the PDF export converts them. */
export async function woffFilesFor(
  text: string,
): Promise<{ face: FontFace; bytes: ArrayBuffer }[]> {
  return Promise.all(
    facesFor(text, FACES).map(async (face) => ({
      face,
      bytes: await fetchFile(face.file.replace(/\.woff2$/, '.woff')),
    })),
  );
}
