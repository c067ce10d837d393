import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/i18n/resources';
import { type DiagramSvg, mapToSvg } from './mapToSvg';
import { CLI_DEFAULTS, defaultMap } from './testSupport';

/** The text content of every <text> element, entities decoded. */
function texts(svg: string): string[] {
  const decode: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&(\w+);/g, (all, name: string) => decode[name] ?? all),
  );
}

describe('mapToSvg on the default map', () => {
  const map = defaultMap();
  let full: DiagramSvg;
  let bare: DiagramSvg;
  beforeAll(async () => {
    [full, bare] = await Promise.all([
      mapToSvg(map, { ...CLI_DEFAULTS, title: true, sourceLine: true }),
      mapToSvg(map, { ...CLI_DEFAULTS, legend: false }),
    ]);
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(full.svg)).toBe(true);
    expect(XMLValidator.validate(bare.svg)).toBe(true);
  });

  it('refers to nothing outside itself: fonts are embedded', () => {
    expect(full.svg).not.toMatch(/href="https?:|url\(\s*['"]?https?:/);
    expect(full.svg).toMatch(/@font-face\{[^}]*src:url\(data:font\/woff2;base64,/);
  });

  it('draws every line of every node as laid out', () => {
    const drawn = new Set(texts(full.svg));
    expect(full.layout.nodes).toHaveLength(map.nodes.length);
    for (const box of full.layout.nodes) {
      expect(box.lines.length).toBeGreaterThan(0);
      for (const line of [box.header, ...box.lines]) expect(drawn).toContain(line);
    }
  });

  it('is the layout size, plus title, legend and source line when asked for', () => {
    const root = (svg: string) => /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    expect(root(bare.svg)).toContain(` width="${Math.ceil(bare.layout.width)}"`);
    expect(root(bare.svg)).toContain(` height="${Math.ceil(bare.layout.height)}"`);
    expect(bare.width).toBe(Math.ceil(bare.layout.width));
    expect(full.width).toBe(Math.ceil(full.layout.width));
    expect(full.height).toBeGreaterThan(full.layout.height + 60);
  });

  it('draws the title and the source line (the citation names the page once)', () => {
    expect(texts(full.svg)).toContain(map.title);
    expect(texts(full.svg)).toContain(
      'Sicherheits- und Verteidigungspolitik von Kleinstaaten, S. 229',
    );
    expect(texts(bare.svg)).not.toContain(map.title);
  });
});

describe('mapToSvg options', () => {
  const map = defaultMap();

  it('folds collapsed nodes and badges them', async () => {
    const root = map.nodes.find((n) => n.kind === 'conclusion')?.id ?? '';
    const { layout, svg } = await mapToSvg(map, { ...CLI_DEFAULTS, collapse: [root] });
    expect(layout.nodes.length).toBeLessThan(map.nodes.length);
    expect(texts(svg)).toContain(`+${map.nodes.length - layout.nodes.length}`);
  });

  it('names an unknown collapse id', async () => {
    await expect(mapToSvg(map, { ...CLI_DEFAULTS, collapse: ['nope'] })).rejects.toThrow(/nope/);
  });

  it('draws gloss labels and German headers', async () => {
    const layout = { ...CLI_DEFAULTS.layout, labels: 'gloss', language: 'de' } as const;
    const { svg } = await mapToSvg(map, { ...CLI_DEFAULTS, layout });
    const drawn = texts(svg).join(' ');
    for (const node of map.nodes)
      expect(drawn.includes(node.gloss.split(' ')[0] ?? ''), node.gloss).toBe(true);
    const header = RESOURCES.de.kind.conclusion.toUpperCase();
    expect(
      texts(svg).some((t) => t.startsWith(header)),
      header,
    ).toBe(true);
  });
});
