const MAX = 60;
const SPELLED_OUT: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
};

/**
 * A safe, readable file name from a map's title: `Militärbündnisse und Kleinstaaten` becomes
 * `militaerbuendnisse-und-kleinstaaten.svg`. Works on every file system; never empty. `suffix`
 * comes before the extension, as `@2x` of a PNG at twice the size.
 */
export function exportFileName(title: string, extension: string, suffix = ''): string {
  const slug = title
    .toLowerCase()
    .replace(/[äöüßæø]/g, (c) => SPELLED_OUT[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long titles end at a whole word.
  const cut = slug.length <= MAX ? slug : slug.slice(0, MAX + 1).replace(/-[^-]*$/, '');
  const ext = extension.startsWith('.') ? extension : `.${extension}`;
  return `${cut || 'argument-map'}${suffix}${ext}`;
}
