const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw carriage return would be read back as a line feed.
  '\r': '&#13;',
};

/** XML 1.0's `Char`: what a document may contain at all, not even as a reference otherwise. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Escapes text for XML element content; characters XML cannot carry become U+FFFD. */
export function xmlText(text: string): string {
  let out = '';
  // Iterating by code point keeps surrogate pairs whole and shows unpaired halves alone.
  for (const c of text) {
    if (!isXmlChar(c.codePointAt(0) ?? 0)) out += '\uFFFD';
    else out += ENTITIES[c] ?? c;
  }
  return out;
}

/** Escapes text for a double- or single-quoted XML attribute; line breaks survive as references. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
