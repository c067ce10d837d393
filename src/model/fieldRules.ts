import { MAX_TAG_LENGTH, MAX_TAGS, TAG_PATTERN } from './types';

// What an id and a tag list may be, as plain checks: the file schema reports them, and edits
// check a user's input with them without loading the schema (and its validator library).

const ID_PATTERN = /^[\p{L}\p{N}_.:-]+$/u;
export const MAX_ID_LENGTH = 200;

/** Why a string cannot be an id of a node, relation, group, tour or step; undefined if it can. */
export function idFormatProblem(id: string): string | undefined {
  if (id.length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `is longer than ${MAX_ID_LENGTH} characters`;
  if (!ID_PATTERN.test(id)) return 'may contain only letters, digits, _ . : -';
  return undefined;
}

export interface TagProblem {
  /** The tag at fault, or undefined when the list as a whole is. */
  index?: number;
  message: string;
}

/** What is wrong with a node's tags: one message per bad tag, then the list's own problems. */
export function tagProblems(tags: readonly string[]): TagProblem[] {
  const problems: TagProblem[] = [];
  tags.forEach((tag, index) => {
    const message =
      tag.length === 0
        ? 'must not be empty'
        : tag.length > MAX_TAG_LENGTH
          ? `is longer than ${MAX_TAG_LENGTH} characters`
          : TAG_PATTERN.test(tag)
            ? undefined
            : 'may contain only letters, digits, - and _, words separated by one space';
    if (message) problems.push({ index, message });
  });
  if (tags.length > MAX_TAGS) problems.push({ message: `has more than ${MAX_TAGS} tags` });
  if (new Set(tags).size !== tags.length) problems.push({ message: 'lists the same tag twice' });
  return problems;
}
