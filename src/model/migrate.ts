import { MAP_FORMAT_VERSION, type MapIssue } from './types';

type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** Upgrades from version N to N+1, keyed by N. Empty while there is only version 1. */
const MIGRATIONS: Record<number, Migration> = {};

export type MigrateResult = { ok: true; value: unknown } | { ok: false; issue: MapIssue };

/** Brings a map file of any known version up to the current one. */
export function migrateMapFile(value: unknown): MigrateResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issue: { path: '', message: 'a map file must be a JSON object' } };
  }
  let file = value as Record<string, unknown>;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issue: { path: 'version', message: 'missing or not a positive integer' } };
  }
  if (version > MAP_FORMAT_VERSION) {
    return {
      ok: false,
      issue: {
        path: 'version',
        message: `version ${version} is newer than this app understands (${MAP_FORMAT_VERSION})`,
      },
    };
  }
  for (let v = version; v < MAP_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, issue: { path: 'version', message: `no migration from ${v}` } };
    file = { ...step(file), version: v + 1 };
  }
  return { ok: true, value: file };
}
