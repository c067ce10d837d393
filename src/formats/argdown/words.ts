import {
  ArgdownTypes,
  type HasText,
  type IArgument,
  IEquivalenceClass,
  type IStatement,
  RangeType,
  type RelationMember,
} from '@argdown/core';
import { collapseWhitespace } from '../shared/text';
import { excerpt, isLine } from './position';

// The words of Argdown's statements, and how messages name statements and arguments.

const UNTITLED = /^Untitled \d+$/; // the titles Argdown makes up

/**
 * A statement's words: its text without the tags at its start and end, with the tags inside it
 * as their plain words and mentions (`@[Title]`, `@<Title>`) as their titles. Argdown keeps the
 * source of both (with the space after it) in the text and marks where it stands.
 */
export function wordsOf(statement: IStatement | undefined): string {
  const text = statement?.text ?? '';
  const marks = (statement?.ranges ?? [])
    .filter(
      (r) =>
        r.stop < text.length &&
        ((r.type === RangeType.TAG && text[r.start] === '#') ||
          (isMention(r.type) && text[r.start] === '@' && r.title !== undefined)),
    )
    .sort((a, b) => a.start - b.start);
  const isTag = (i: number) => marks[i]?.type === RangeType.TAG;
  const startOf = (i: number) => marks[i]?.start ?? text.length;
  const endOf = (i: number) => (i < 0 ? 0 : (marks[i]?.stop ?? -1) + 1);
  const blank = (from: number, to: number) => text.slice(from, to).trim() === '';
  // Tags [0, first) lead the text and tags [last, length) end it, with only space between.
  let first = 0;
  while (first < marks.length && isTag(first) && blank(endOf(first - 1), startOf(first))) first++;
  let last = marks.length;
  while (last > first && isTag(last - 1) && blank(endOf(last - 1), startOf(last))) last--;
  let out = '';
  let at = 0;
  marks.forEach((r, i) => {
    if (r.start < at) return;
    out += text.slice(at, r.start);
    const words = isTag(i) ? r.tag : r.title;
    // The source ends with the space after it, if there is one.
    if (i >= first && i < last)
      out += `${words ?? ''}${/\s$/.test(text.slice(r.start, r.stop + 1)) ? ' ' : ''}`;
    at = r.stop + 1;
  });
  return collapseWhitespace(out + text.slice(at));
}

/** The addresses of the links in a statement's or argument's text, in order. */
export function linksOf(text: HasText | undefined): string[] {
  return (text?.ranges ?? []).flatMap((r) => (r.type === RangeType.LINK && r.url ? [r.url] : []));
}

function isMention(type: RangeType): boolean {
  return type === RangeType.STATEMENT_MENTION || type === RangeType.ARGUMENT_MENTION;
}

/**
 * Untitled prose that no relation or argument uses: commentary around the map, as in "Greenspan
 * hence argues:". Argdown's own map leaves it out too, unless its data says `isInMap: true`.
 */
export function isCommentary(ec: IEquivalenceClass): boolean {
  const data: unknown = ec.data;
  const inMap = typeof data === 'object' && data !== null && 'isInMap' in data && data.isInMap;
  return (
    UNTITLED.test(ec.title ?? '') &&
    inMap !== true &&
    (ec.relations ?? []).length === 0 &&
    ec.isUsedAsPremise !== true &&
    ec.isUsedAsMainConclusion !== true &&
    ec.isUsedAsIntermediaryConclusion !== true
  );
}

/** A statement as warnings name it: `[Title]`, or its first words when Argdown made the title up. */
export function statementName(ec: IEquivalenceClass): string {
  if (!UNTITLED.test(ec.title ?? '')) return `[${ec.title}]`;
  const words = wordsOf(IEquivalenceClass.getCanonicalMember(ec) ?? ec.members[0]);
  return words === '' ? 'an untitled statement' : `"${excerpt(words, 40)}"`;
}

/** An argument as warnings name it: `<Title>`, or where it stands when it has no title. */
export function argumentName(a: IArgument): string {
  if (!UNTITLED.test(a.title ?? '')) return `<${a.title}>`;
  const line = a.pcs?.[0]?.startLine ?? a.members[0]?.startLine ?? a.startLine;
  return isLine(line) ? `the argument at line ${line}` : 'an untitled argument';
}

export function memberName(member: RelationMember | undefined): string {
  if (!member) return 'nothing';
  if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return statementName(member);
  if (member.type === ArgdownTypes.ARGUMENT) return argumentName(member);
  if (!UNTITLED.test(member.argumentTitle ?? ''))
    return `the inference of <${member.argumentTitle}>`;
  return isLine(member.startLine) ? `the inference at line ${member.startLine}` : 'an inference';
}
