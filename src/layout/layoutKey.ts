import type { ArgumentMap } from '../model/types';
import type { LayoutOptions } from './types';

/**
 * FNV-1a over the UTF-16 code units, in two 32-bit lanes started from different offsets: a
 * fast 64-bit fingerprint. Not cryptographic: a collision would draw a stale picture, and
 * the length is part of the key as well.
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/**
 * What a fresh layout depends on: what is drawn of the map (not its tours, source text or
 * title), the view options and the build (the measuring and the layout code). Same key, same
 * layout, so a cached one can be drawn without running ELK.
 */
export async function layoutKey(
  map: ArgumentMap,
  options: LayoutOptions,
  build: string,
): Promise<string> {
  const drawn = JSON.stringify([build, options, map.nodes, map.relations, map.groups]);
  const length = drawn.length.toString(36);
  // SHA-256 in the browser's own code: the loop above, run once and cold over a big map's
  // megabyte of text, held the page for 60 ms. Secure pages only; a page served over plain
  // http (a laptop in a classroom network) takes the loop.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return `${fingerprint(drawn)}-${length}`;
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(drawn)));
  const hex = [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex}-${length}`;
}
