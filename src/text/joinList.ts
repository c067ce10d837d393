/**
 * The per-document join list: splits that no rule can decide, because both readings are German
 * (`in dem sie` could be `in dem Haus`), written down once per document where a reviewer can see
 * them. An entry may only remove spaces or hyphens: its letters must equal the raw ones.
 */
import type { CleanEdit, JoinRule } from './types';

export const lettersAndDigits = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Reads a join list from parsed JSON: either an array of rules or `{ joins: [...] }`. */
export function parseJoinRules(json: unknown): JoinRule[] {
  const list =
    typeof json === 'object' && json !== null && !Array.isArray(json) && 'joins' in json
      ? json.joins
      : json;
  if (!Array.isArray(list)) throw new Error('join list: expected an array of { from, to }');
  return list.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`join ${i}: not an object`);
    const { from, to, reason } = entry as Record<string, unknown>;
    if (typeof from !== 'string' || typeof to !== 'string') {
      throw new Error(`join ${i}: from and to must be strings`);
    }
    return typeof reason === 'string' ? { from, to, reason } : { from, to };
  });
}

/** Applies the join list to each paragraph; spaces in `from` match any run of whitespace. */
export function applyJoinList(
  paragraphs: readonly string[],
  joins: readonly JoinRule[],
): { paragraphs: string[]; edits: CleanEdit[]; warnings: string[] } {
  const edits: CleanEdit[] = [];
  const warnings: string[] = [];
  let out = [...paragraphs];
  for (const join of joins) {
    if (lettersAndDigits(join.from) !== lettersAndDigits(join.to)) {
      warnings.push(`join "${join.from}" -> "${join.to}" changes letters; ignored`);
      continue;
    }
    // An empty `from` would match between any two words.
    if (join.from.trim() === '') {
      warnings.push(`join "${join.from}" -> "${join.to}" has nothing to match; ignored`);
      continue;
    }
    // Equal letters are not enough: `to` could add line breaks, soft hyphens or punctuation.
    if (!onlyRemovesSpaces(join.from, join.to)) {
      warnings.push(
        `join "${join.from}" -> "${join.to}" does more than remove spaces or hyphens; ignored`,
      );
      continue;
    }
    const body = join.from.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
    let matched = 0;
    out = out.map((p) =>
      p.replace(pattern, (found) => {
        matched++;
        edits.push({ rules: ['join-list'], from: found, to: join.to, ...reasonOf(join) });
        return join.to;
      }),
    );
    if (matched === 0) warnings.push(`join "${join.from}" matched nothing`);
  }
  // An entry that takes out a whole token (`-` -> ``) leaves two spaces, or one at an end.
  const tidy = out.map((p) => p.replace(/ {2,}/gu, ' ').trim()).filter((p) => p !== '');
  return { paragraphs: tidy, edits, warnings };
}

/**
 * Whether `to` is `from` with some spaces or hyphens taken out. Runs of whitespace in `from`
 * count as one space, as they match any run of whitespace in the text.
 */
function onlyRemovesSpaces(from: string, to: string): boolean {
  let at = 0;
  for (const c of from.trim().replace(/\s+/gu, ' ')) {
    if (to.startsWith(c, at)) at += c.length;
    else if (c !== ' ' && c !== '-' && c !== '\u2010') return false;
  }
  return at === to.length;
}

const reasonOf = (join: JoinRule): { reason?: string } =>
  join.reason === undefined ? {} : { reason: join.reason };
