import {
  HighlightStyle,
  LanguageSupport,
  StreamLanguage,
  type StreamParser,
  type StringStream,
} from '@codemirror/language';
import { Tag, tags as t } from '@lezer/highlight';

/*
 * Syntax highlighting for Argdown. The tokenizer follows the order in which Argdown's own lexer
 * (@argdown/core, lexer.js) tries its tokens, so that a line is split where Argdown splits it:
 * a comment or `{data}` wins over everything, relations only count at the start of a line, and
 * plain text stops at the same control characters.
 */

const relation = Tag.define('relation', t.operator);

/**
 * Argdown's own highlight tags. Each has a standard parent, so a generic highlight style still
 * colours them when `argdownHighlight` is not used.
 */
export const argdownTags = {
  statementTitle: Tag.define('statementTitle', t.labelName),
  argumentTitle: Tag.define('argumentTitle', t.labelName),
  relation,
  support: Tag.define('support', relation),
  attack: Tag.define('attack', relation),
  undercut: Tag.define('undercut', relation),
  contradiction: Tag.define('contradiction', relation),
  statementNumber: Tag.define('statementNumber', t.number),
  inference: Tag.define('inference', t.separator),
  hashtag: Tag.define('hashtag', t.tagName),
};

export interface ArgdownState {
  /** Inside the YAML front matter between `===` lines. */
  frontMatter: boolean;
  /** How the open block comment ends (`*\/` or `-->`), or null outside a comment. */
  commentEnd: string | null;
  /** Open braces of a `{data}` block, which may run over several lines. */
  dataDepth: number;
  /** Between an inference's opening `--` and its closing `--`. */
  inference: boolean;
  /** The rest of this line belongs to a heading. */
  heading: boolean;
  /** Open bold and italic markers, innermost last. */
  emphasis: string[];
}

// Argdown's Freestyle token: text up to the next character that could start something else.
const FREESTYLE = /^[^\\@#*_[\],.:</>(){}\r\n;-]+/;
const TAG = /^#(?:\([^)]+\)|[\w\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+)/;
const EMPHASIS = ['**', '__', '*', '_'] as const;
// A closing marker is followed by a space, punctuation or the end of the line (Argdown's *End).
const EMPHASIS_END = new Map<string, RegExp>(
  EMPHASIS.map((m) => [m, new RegExp(`^${m.replace(/\*/g, '\\*')}(?=[ \\t)}_.,!?;:*-]|$)`)]),
);
const EMPHASIS_START = new Map<string, RegExp>(
  EMPHASIS.map((m) => [m, new RegExp(`^${m.replace(/\*/g, '\\*')}(?![\\s]|$)`)]),
);
const RELATIONS: [RegExp, string][] = [
  [/^\+>/, 'support'],
  [/^->/, 'attack'],
  [/^<?\+/, 'support'],
  [/^<?-/, 'attack'],
  [/^></, 'contradiction'],
  [/^_>/, 'undercut'],
  [/^(?:<_|_(?=\s|$))/, 'undercut'],
];

/** The tokenizer, exported so that tests can run it line by line without an editor. */
export const argdownParser: StreamParser<ArgdownState> = {
  name: 'argdown',
  startState: () => ({
    frontMatter: false,
    commentEnd: null,
    dataDepth: 0,
    inference: false,
    heading: false,
    emphasis: [],
  }),
  token,
  // An empty line ends a statement in Argdown: whatever it left open is closed (or broken), so
  // highlighting starts afresh instead of colouring the rest of the file as data.
  blankLine(state) {
    state.dataDepth = 0;
    state.inference = false;
    state.heading = false;
    state.emphasis = [];
  },
  tokenTable: argdownTags,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
};

function token(stream: StringStream, state: ArgdownState): string | null {
  if (stream.sol()) state.heading = false;
  if (state.commentEnd !== null) return blockComment(stream, state);
  if (state.frontMatter) return frontMatter(stream, state);
  if (state.dataDepth > 0) return data(stream, state);

  // Comments come first in Argdown's lexer: `//` starts a comment even in the middle of text.
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) return blockComment(stream, state, '*/');
  if (stream.match('<!--')) return blockComment(stream, state, '-->');
  if (stream.eat('\\')) {
    stream.next(); // a backslash makes the next character plain text
    return 'escape';
  }
  if (state.inference) return inference(stream, state);
  if (stream.match(/^===+/)) {
    state.frontMatter = true;
    return 'meta';
  }
  if (stream.peek() === '{') return data(stream, state);

  const before = stream.string.slice(0, stream.pos);
  if (/^[ \t]*$/.test(before)) {
    if (stream.eatSpace()) return null;
    const start = lineStart(stream, state);
    if (start !== undefined) return start;
  }
  return inline(stream, state);
}

/** What Argdown reads only at the start of a line (after indentation). */
function lineStart(stream: StringStream, state: ArgdownState): string | undefined {
  if (stream.match(/^--/)) {
    state.inference = true;
    return 'inference';
  }
  for (const [pattern, type] of RELATIONS) if (stream.match(pattern)) return type;
  // Headings may not be indented, and need a space after the hashes (else `#tag`).
  if (stream.pos === 0 && stream.match(/^#+ /)) {
    state.heading = true;
    return 'heading';
  }
  if (stream.match(/^\(\d+\)/)) return 'statementNumber';
  if (stream.match(/^(?:\d+\.|\*)(?=\s|$)/)) return 'list';
  return undefined;
}

function inline(stream: StringStream, state: ArgdownState): string | null {
  const open = state.emphasis.at(-1);
  const end = open === undefined ? undefined : EMPHASIS_END.get(open);
  if (end && stream.match(end)) {
    const style = textStyle(state);
    state.emphasis.pop();
    return style;
  }
  for (const [marker, start] of EMPHASIS_START) {
    if (stream.match(start)) {
      state.emphasis.push(marker);
      return textStyle(state);
    }
  }
  if (stream.match(/^\[[^\]]+?\]\([^)]+?\)/)) return 'link';
  if (stream.match(TAG)) return 'hashtag';
  if (stream.match(/^\[.+?\]:/)) return 'statementTitle.definition';
  if (stream.match(/^\[[^-].*?\]/) || stream.match(/^@\[.+?\]/)) return 'statementTitle';
  if (stream.match(/^<.+?>:/)) return 'argumentTitle.definition';
  if (stream.match(/^<[^-].*?>/) || stream.match(/^@<.+?>/)) return 'argumentTitle';
  if (!stream.match(FREESTYLE)) stream.next();
  return textStyle(state);
}

/** Plain text takes the style of the heading and the bold or italic range it is in. */
function textStyle(state: ArgdownState): string | null {
  const styles: string[] = [];
  if (state.heading) styles.push('heading');
  if (state.emphasis.some((m) => m.length === 2)) styles.push('strong');
  if (state.emphasis.some((m) => m.length === 1)) styles.push('emphasis');
  return styles.length > 0 ? styles.join(' ') : null;
}

function blockComment(stream: StringStream, state: ArgdownState, end?: string): string {
  if (end !== undefined) state.commentEnd = end;
  const close = state.commentEnd ?? '';
  const at = stream.string.indexOf(close, stream.pos);
  if (at < 0) {
    stream.skipToEnd();
  } else {
    stream.pos = at + close.length;
    state.commentEnd = null;
  }
  return 'comment';
}

function frontMatter(stream: StringStream, state: ArgdownState): string {
  if (stream.match(/^===+/)) {
    state.frontMatter = false;
    return 'meta';
  }
  const at = stream.string.indexOf('===', stream.pos);
  if (at < 0) stream.skipToEnd();
  else stream.pos = at;
  return 'meta';
}

/** `{...}` counted by braces; like Argdown, a backslash escapes the next character. */
function data(stream: StringStream, state: ArgdownState): string {
  while (!stream.eol()) {
    const c = stream.next();
    if (c === '\\') stream.next();
    else if (c === '{') state.dataDepth++;
    else if (c === '}' && --state.dataDepth === 0) break;
  }
  return 'meta';
}

/** Inside `-- ... --`: the rule's name and its data, up to the closing dashes. */
function inference(stream: StringStream, state: ArgdownState): string {
  if (stream.match(/^-{2,}/)) {
    state.inference = false;
    return 'inference';
  }
  if (stream.peek() === '{') return data(stream, state);
  if (!stream.match(/^[^{\\/<-]+/)) stream.next();
  return 'inference';
}

export const argdownLanguage = StreamLanguage.define(argdownParser);

/** Argdown's language (parser, comment tokens). Add `syntaxHighlighting(argdownHighlight)` to colour it. */
export function argdown(): LanguageSupport {
  return new LanguageSupport(argdownLanguage);
}

// Colours are app variables (argdownEditor.css), light or dark with the page, each at least 4.5:1
// on the editor (WCAG AA). Titles, relations and inferences are also bold, so they stand out
// without telling colours apart.
const code = (name: string) => `var(--am-code-${name})`;

export const argdownHighlight = HighlightStyle.define([
  { tag: t.heading, color: code('heading'), fontWeight: 'bold' },
  { tag: argdownTags.statementTitle, color: code('statement'), fontWeight: 'bold' },
  { tag: argdownTags.argumentTitle, color: code('argument'), fontWeight: 'bold' },
  { tag: argdownTags.support, color: code('support'), fontWeight: 'bold' },
  { tag: argdownTags.attack, color: code('attack'), fontWeight: 'bold' },
  { tag: argdownTags.undercut, color: code('undercut'), fontWeight: 'bold' },
  { tag: argdownTags.contradiction, color: code('contradiction'), fontWeight: 'bold' },
  { tag: argdownTags.statementNumber, color: code('number'), fontWeight: 'bold' },
  { tag: argdownTags.inference, color: code('inference'), fontWeight: 'bold' },
  { tag: argdownTags.hashtag, color: code('hashtag') },
  { tag: t.meta, color: code('meta') },
  { tag: t.comment, color: code('comment'), fontStyle: 'italic' },
  { tag: t.strong, fontWeight: 'bold' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.link, color: code('link'), textDecoration: 'underline' },
  { tag: t.escape, color: code('escape') },
  { tag: t.list, fontWeight: 'bold' },
]);
