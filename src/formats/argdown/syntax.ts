import { textLines } from '../shared/text';

// Argdown's lexer reads these anywhere in a statement: [titles], <arguments>, #tags, *bold*,
// _italic_, {data}, and `\` starts an escape. A backslash before any character makes it plain text.
const ALWAYS = new Set(['\\', '[', ']', '<', '>', '#', '*', '_', '{', '}']);
// At the start of a line these begin relations, numbered premises, lists, headings, front
// matter, inferences or comments.
const LINE_START = new Set(['+', '-', '<', '>', '_', '(', '*', '#', '=', '/']);
// `.name.` and `:name:` are shortcodes (`:up:` becomes an arrow), so the first dot or colon of
// such a pair is escaped.
const SHORTCODE = /^(?:\.\S+?\.|:\S+?:)/;

/**
 * A statement's text as Argdown lines that the parser reads back as the same words. Argdown has
 * no line break inside a statement (a line break is a space, an empty line ends the statement),
 * so the text's lines become consecutive lines and blank lines are dropped.
 */
export function argdownTextLines(text: string): string[] {
  return textLines(text).map(escapeLine);
}

function escapeLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    const rest = line.slice(i);
    const special =
      ALWAYS.has(c) ||
      (i === 0 && (LINE_START.has(c) || /^\d+\.(?:\s|$)/.test(line))) ||
      (c === '/' && (line[i + 1] === '/' || line[i + 1] === '*')) ||
      (c === '=' && rest.startsWith('===')) ||
      ((c === '.' || c === ':') && SHORTCODE.test(rest));
    out += special ? `\\${c}` : c;
  }
  return out;
}

/** A single-line text (heading, generated sentence), escaped as in a statement. */
export function argdownInline(text: string): string {
  return argdownTextLines(text).join(' ');
}

/**
 * A tag as Argdown writes it: `#economy`, or `#(public health)` when it has more than the
 * letters, digits, `-` and `_` Argdown's lexer takes in a bare tag.
 */
export function argdownTag(tag: string): string {
  return /^[A-Za-z0-9_-]+$/.test(tag) ? `#${tag}` : `#(${tag})`;
}

export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };

/**
 * YAML in flow style (`{kind: "premise", quote: {start: 0, end: 9}}`), as Argdown reads it after
 * a statement. Strings are always double-quoted; braces, `=` and line breaks inside them are
 * written as escapes, because Argdown finds the end of a data block and of the front matter by
 * looking for `}` and `===` before YAML sees the text.
 */
export function yamlFlow(value: YamlValue): string {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '.nan';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${k}: ${yamlFlow(v)}`);
  return `{${entries.join(', ')}}`;
}

const YAML_SHORT: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function yamlString(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    const short = YAML_SHORT[c];
    if (short) out += short;
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff ||
      (code >= 0xd800 && code <= 0xdfff) ||
      c === '{' ||
      c === '}' ||
      c === '='
    ) {
      out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += c;
  }
  return `${out}"`;
}
