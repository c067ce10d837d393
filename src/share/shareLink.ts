import LZString from 'lz-string';
import { parseMapLater } from '../model/parseMapLater';
import { type ArgumentMap, formatIssue } from '../model/types';
import { MAP_PARAM, mapParam } from './fragment';

/**
 * The longest share link we hand out. Browsers cope with far longer URLs (Chrome ~2 MB, Firefox
 * more), and a fragment never reaches a server, but links are shared by pasting them into chat
 * and mail tools, and those cut, refuse or mangle long ones (Slack, Teams, Outlook and others
 * start to fail somewhere in the tens of thousands of characters). 32,000 stays below those
 * limits while still fitting a map of a few hundred nodes; a bigger map should be sent as a file.
 */
export const MAX_SHARE_URL_LENGTH = 32_000;

/** Issues beyond this many are summed up, so a hostile link cannot flood the UI. */
const MAX_ISSUES_SHOWN = 3;

export type ShareUrlResult = { ok: true; url: string } | { ok: false; length: number };

export type FragmentMap =
  | { kind: 'none' }
  | { kind: 'map'; map: ArgumentMap }
  | { kind: 'bad'; message: string };

/**
 * A link that carries the whole map in its fragment (`#map=` + lz-string), so nothing is
 * uploaded anywhere. `base` is the page's address without fragment, e.g. origin + pathname
 * (+ a view query). Refuses, with the length it would have had, when the link would be too long.
 */
export function shareUrl(map: ArgumentMap, base: string): ShareUrlResult {
  const hashAt = base.indexOf('#');
  const page = hashAt === -1 ? base : base.slice(0, hashAt);
  const url = `${page}#${MAP_PARAM}=${LZString.compressToEncodedURIComponent(JSON.stringify(map))}`;
  return url.length > MAX_SHARE_URL_LENGTH ? { ok: false, length: url.length } : { ok: true, url };
}

const damaged = (why: string): FragmentMap => ({
  kind: 'bad',
  message: `The shared link is damaged or incomplete: ${why}`,
});

/** Reads a map from a location hash; 'none' when the hash carries no map. */
export async function mapFromFragment(hash: string): Promise<FragmentMap> {
  let data = mapParam(hash);
  if (data === null) return { kind: 'none' };
  // The compressed alphabet has no '%': one means a mail or chat tool percent-encoded the link.
  if (data.includes('%')) {
    try {
      data = decodeURIComponent(data);
    } catch {
      return damaged('it contains broken escape sequences.');
    }
  }
  if (!data) return damaged('it carries no map data.');
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    json = null;
  }
  if (!json) return damaged('the map data cannot be decompressed.');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return damaged('the map data is cut off or garbled.');
  }
  const parsed = await parseMapLater(value);
  if (parsed.ok) return { kind: 'map', map: parsed.map };
  const shown = parsed.issues.slice(0, MAX_ISSUES_SHOWN).map(formatIssue);
  const more = parsed.issues.length - shown.length;
  if (more > 0) shown.push(`and ${more} more problem${more === 1 ? '' : 's'}`);
  return damaged(`the map does not pass the checks (${shown.join('; ')}).`);
}
