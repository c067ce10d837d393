import type { z } from 'zod';
import { migrateMapFile } from './migrate';
import { checkMapRules } from './rules';
import { mapSchema } from './schema';
import type { ArgumentMap, MapIssue } from './types';

export type ParseResult = { ok: true; map: ArgumentMap } | { ok: false; issues: MapIssue[] };

/** Reads a map file (JSON text or an already parsed value): migrate, check structure, check rules. */
export function parseMap(input: string | unknown): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        issues: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }],
      };
    }
  }
  const migrated = migrateMapFile(value);
  if (!migrated.ok) return { ok: false, issues: [migrated.issue] };
  const parsed = mapSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toMapIssue) };
  const map: ArgumentMap = parsed.data;
  const issues = checkMapRules(map);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, map };
}

function toMapIssue(issue: z.core.$ZodIssue): MapIssue {
  return { path: formatPath(issue.path), message: issue.message };
}

/** `['nodes', 3, 'quote']` -> `nodes[3].quote` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
