import type { ArgumentMap, MapIssue } from '../../model/types';

/**
 * What every importer returns: a valid map (it passed parseMap's checks) with warnings about
 * what was left out or guessed, or the problems that stopped it, each located (a line and
 * column, or a JSON path) so the user can find them.
 */
export type ImportResult =
  | { ok: true; map: ArgumentMap; warnings: MapIssue[] }
  | { ok: false; issues: MapIssue[] };
