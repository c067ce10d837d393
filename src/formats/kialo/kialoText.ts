/**
 * Kialo's claim text as the app keeps it. Kialo writes a small Markdown: links `[text](url)`,
 * sources with an excerpt `[text](url)(excerpt)`, `**bold**`, `*italic*`, backslash escapes
 * (`\[`, `\(`, `\*`, ...) and, in newer exports, footnote markers `[12]` that point into a
 * "Sources:" list. The map has no markup and no references, so only the readable words stay:
 * a link keeps its text (the URL goes), an excerpt and a footnote marker go, emphasis markers
 * go, escaped characters stay as themselves.
 */

/** What the clean-up removed, so the importer can say so once rather than per claim. */
export interface TextStats {
  links: number;
  excerpts: number;
  footnotes: number;
  /** Bold, italic or struck-through passages shown plain. */
  emphasis: number;
}

export function emptyStats(): TextStats {
  return { links: 0, excerpts: 0, footnotes: 0, emphasis: 0 };
}

// Escaped characters are parked in the Private Use Area while the Markdown is taken apart, so
// an escaped bracket or parenthesis can never open or close a link.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PARKED = /\uE000(\d+)\uE001/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

// A URL with at most one level of balanced parentheses (Wikipedia's `_(philosophy)`); escaped
// ones are already parked. An optional `"title"` is allowed as CommonMark does.
const URL = String.raw`[^()\s]*(?:\([^()\s]*\)[^()\s]*)*`;
const LINK = new RegExp(
  String.raw`!?\[([^\[\]]*)\]\(\s*(${URL})(?:\s+"[^"]*")?\s*\)(\((?:[^()]|\([^()]*\))*\))?`,
  'g',
);
// Kialo does not escape spaces in a URL (`[MTE v Hungary](http://Magyar Tartalom... v. Hungary)`
// in a real export): a link to a web address that LINK refused runs to the next parenthesis.
const SPACED_LINK = /\[([^[\]]*)\]\(\s*https?:\/\/[^()\n]*\)/g;
// `[12]` not followed by `(`, and the space before it: "vital [87] for" -> "vital for".
const FOOTNOTE = /\s*\[\d+\](?!\()/g;
const STAR = /\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*/g;
// Underscores mark emphasis only outside words (snake_case stays).
const UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;

/** One paragraph of Kialo Markdown to plain text, whitespace collapsed. */
export function plainText(markdown: string, stats: TextStats): string {
  const parked: string[] = [];
  // Whitespace is collapsed first (a line break stays one, as the end of any emphasis): the
  // result is the same, and long runs of spaces made the `\s*` of LINK and FOOTNOTE backtrack,
  // quadratic in the run's length.
  let text = markdown
    .replace(/\s+/g, (ws) => (/[\n\r\u2028\u2029]/.test(ws) ? '\n' : ' '))
    .replace(/[\uE000\uE001]/g, '\uFFFD')
    .replace(ESCAPE, (_, c: string) => `${OPEN}${parked.push(c) - 1}${CLOSE}`);
  text = text.replace(LINK, (_, label: string, _url: string, excerpt: string | undefined) => {
    stats.links++;
    if (excerpt) stats.excerpts++;
    return label;
  });
  text = text.replace(SPACED_LINK, (_, label: string) => {
    stats.links++;
    return label;
  });
  text = text.replace(FOOTNOTE, () => {
    stats.footnotes++;
    return '';
  });
  const plain = (_: string, words: string) => {
    stats.emphasis++;
    return words;
  };
  text = unwrapPairs(unwrapPairs(text, ['**', '__'], stats), ['~~'], stats)
    .replace(STAR, plain)
    .replace(UNDERSCORE, plain);
  text = text.replace(PARKED, (_, n: string) => parked[Number(n)] ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `**bold**`, `__bold__`, `~~struck~~`: a delimiter before a non-space opens, the first same
 * delimiter after a non-space on the same line closes, and both go. The same as the regex
 * `/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g` (line breaks are `\n` here), but linear: the regex scans
 * the rest of the line again from every delimiter that nothing closes (`**a **a **a ...`).
 */
function unwrapPairs(text: string, delimiters: readonly string[], stats: TextStats): string {
  // Where each delimiter can close (right after a non-space), in order.
  const closers = delimiters.map((d) => {
    const at: number[] = [];
    for (let i = text.indexOf(d, 1); i !== -1; i = text.indexOf(d, i + 1)) {
      if (/\S/.test(text[i - 1] ?? '')) at.push(i);
    }
    return at;
  });
  const next = delimiters.map(() => 0);
  let out = '';
  let done = 0;
  let lineEnd = -1;
  for (let i = 0; i < text.length; ) {
    if (i > lineEnd) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd === -1) lineEnd = text.length;
    }
    const k = delimiters.findIndex((d) => text.startsWith(d, i));
    const d = delimiters[k];
    const list = closers[k];
    if (d !== undefined && list !== undefined && /\S/.test(text[i + d.length] ?? '')) {
      // The first closer with at least one character between.
      let c = next[k] ?? 0;
      while (c < list.length && (list[c] ?? 0) < i + d.length + 1) c++;
      next[k] = c;
      const close = list[c];
      if (close !== undefined && close < lineEnd) {
        out += text.slice(done, i) + text.slice(i + d.length, close);
        stats.emphasis++;
        i = close + d.length;
        done = i;
        continue;
      }
    }
    i++;
  }
  return out + text.slice(done);
}

/** Paragraphs (each a list of lines) to the node's text: lines joined, paragraphs kept apart. */
export function claimText(paragraphs: readonly string[][], stats: TextStats): string {
  return paragraphs
    .map((lines) => plainText(lines.join(' '), stats))
    .filter((p) => p !== '')
    .join('\n\n');
}

const GERMAN = new Set(['und', 'der', 'die', 'das', 'nicht', 'ist', 'ein', 'eine', 'zu', 'mit']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'not', 'a', 'that', 'it', 'with']);

/**
 * `de` when German function words (und, der, die, ...) outnumber English ones (the, and, of,
 * ...) and there are a few of them, else `en`. Kialo's export does not name its language;
 * a guess is all there is, and these two are the app's interface languages.
 */
export function guessLanguage(texts: Iterable<string>): 'de' | 'en' {
  let german = 0;
  let english = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (GERMAN.has(word)) german++;
      else if (ENGLISH.has(word)) english++;
    }
  }
  return german >= 3 && german > english ? 'de' : 'en';
}
