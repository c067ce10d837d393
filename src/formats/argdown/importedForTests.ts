import { expect } from 'vitest';
import type { ArgumentMap, MapIssue } from '../../model/types';
import type { ImportResult } from '../shared/importResult';
import { fromArgdown } from './fromArgdown';

// For tests: an Argdown text imported, or the issues of one that is refused.

export function imported(text: string): { map: ArgumentMap; warnings: MapIssue[] } {
  const result = fromArgdown(text);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result;
}

export function issuesOf(result: ImportResult): MapIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}
