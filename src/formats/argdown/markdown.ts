/**
 * Argdown in a Markdown document: the fenced blocks (```argdown, ```argdown-map, ```{argdown},
 * ~~~argdown, …) read together as one Argdown text. Everything else becomes an empty line, so
 * lines and columns in messages are the document's own.
 */
export interface MarkdownArgdown {
  argdown: string;
  /** First line of each block's content (1-based). */
  blocks: number[];
  /** The document's title: its front matter's `title`, else its first `#` heading. */
  title: string | undefined;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ARGDOWN_INFO = /^\s*\{?\s*\.?argdown\b/i;
const FRONT_MATTER = /^===\s*$/;

/** The Argdown blocks of a Markdown document, or undefined when it has none. */
export function argdownOfMarkdown(text: string): MarkdownArgdown | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out = lines.map(() => '');
  const blocks: number[] = [];
  let title = yamlTitle(lines);
  let i = 0;
  while (i < lines.length) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) {
      title ??= /^ {0,3}# +(.*?)[ #]*$/.exec(lines[i] ?? '')?.[1] || undefined;
      i++;
      continue;
    }
    const [, indent = '', fence = '', info = ''] = open;
    // A backtick fence's info string has no backticks (CommonMark).
    const argdown = ARGDOWN_INFO.test(info) && !(fence[0] === '`' && info.includes('`'));
    const start = i + 1;
    i = start;
    while (i < lines.length && !isClosing(lines[i] ?? '', fence)) i++;
    if (argdown) {
      blocks.push(start + 1);
      copyBlock(lines.slice(start, i), indent.length, out, start);
    }
    i++; // the closing fence
  }
  if (blocks.length === 0) return undefined;
  return { argdown: out.join('\n'), blocks, title };
}

function isClosing(line: string, fence: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return m?.[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/**
 * A block's lines in place, less the fence's indentation. Its own front matter (`===`) is left
 * out: in the joined text it would stand in the middle, where Argdown does not allow it.
 */
function copyBlock(block: string[], indent: number, out: string[], offset: number): void {
  const first = block.findIndex((l) => l.trim() !== '');
  let skipTo = -1;
  if (first >= 0 && FRONT_MATTER.test(block[first] ?? '')) {
    const end = block.findIndex((l, j) => j > first && FRONT_MATTER.test(l));
    skipTo = end;
  }
  block.forEach((line, j) => {
    if (j <= skipTo) return;
    const strip = Math.min(indent, /^ */.exec(line)?.[0].length ?? 0);
    out[offset + j] = line.slice(strip);
  });
}

/** `title:` in YAML front matter between `---` lines at the top. */
function yamlTitle(lines: string[]): string | undefined {
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  for (let i = 1; i < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[i] ?? ''); i++) {
    const m = /^title:\s*(.*?)\s*$/.exec(lines[i] ?? '');
    const value = m?.[1]?.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value) return value;
  }
  return undefined;
}
