import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../explore/testMaps';
import { NO_FILTER, visibleMap } from '../explore/visibleMap';
import { alignLayout } from '../layout/alignLayout';
import { createInProcessElk } from '../layout/elkInProcess';
import { layoutMap } from '../layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from '../layout/types';
import type { ArgumentMap } from '../model/types';
import { drawnText, renderSvg, type SvgView } from './renderSvg';

const elk = createInProcessElk();
const VIEW: SvgView = { language: 'en', legend: true, background: 'white' };

async function draw(map: ArgumentMap, view: Partial<SvgView> = {}) {
  const visible = visibleMap(map, NO_FILTER);
  const layout = await layoutMap(visible.map, DEFAULT_LAYOUT_OPTIONS, elk);
  return { svg: renderSvg(visible.map, layout, { ...VIEW, ...view }), layout };
}

/** Every text element's content, in document order, entities decoded. */
function texts(svg: string): string[] {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) {
        if (k === 'text')
          for (const t of [v].flat()) out.push(String((t as { '#text'?: unknown })['#text'] ?? t));
        else walk(v);
      }
  };
  walk(new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(svg));
  return out;
}

const allLines = (layout: MapLayout) => layout.nodes.flatMap((b) => [b.header, ...b.lines]);

describe('renderSvg', () => {
  it('draws the whole map of a layout shifted to keep the picture in place, at the same size', async () => {
    // After a fold or a sketch, the layout on screen is shifted (alignLayout); its export was
    // cut off at the layout's size and left an empty strip on the other side.
    const { svg, layout } = await draw(loadDefaultMap(), { legend: false });
    const moved = <T extends { x: number; y: number }>(b: T): T => ({
      ...b,
      x: b.x + 3000,
      y: b.y - 1200,
    });
    const previous = { ...layout, nodes: layout.nodes.map(moved) };
    const shifted = alignLayout(previous, layout);
    expect((shifted.nodes[0] as { x: number }).x).toBeGreaterThan(layout.width);
    const map = visibleMap(loadDefaultMap(), NO_FILTER).map;
    const again = renderSvg(map, shifted, { ...VIEW, legend: false });
    const size = (s: string) => /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(s)?.slice(1);
    expect(size(again)).toEqual(size(svg));
    // Every box inside the picture: its rectangle plus the translation of the map.
    // The map's own group: translate(0 top), then translate(-region.x -region.y).
    const [tx, ty] = (
      /translate\(0 0\)"><g transform="translate\((-?[\d.]+) (-?[\d.]+)\)/.exec(again) ?? []
    )
      .slice(1)
      .map(Number);
    const [width, height] = (size(again) ?? []).map(Number);
    for (const n of shifted.nodes) {
      const x = n.x + (tx as number);
      const y = n.y + (ty as number);
      expect(x >= 0 && x + n.width <= (width as number), n.id).toBe(true);
      expect(y >= 0 && y + n.height <= (height as number), n.id).toBe(true);
    }
  });

  it('draws every line of every box of the default map as real text, in valid XML', async () => {
    const { svg, layout } = await draw(loadDefaultMap(), {
      title: 'Title',
      sourceLine: 'Source, p. 1',
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const drawn = texts(svg);
    for (const line of allLines(layout)) expect(drawn).toContain(line);
    expect(drawn).toContain('Title');
    expect(drawn).toContain('Source, p. 1');
    expect(drawn).toContain('supports');
    expect(svg).not.toMatch(/(href|url)\(?=?["']?https?:/);
    // SVG 1.1 colours only: Inkscape paints an rgba() fill black.
    expect(svg).not.toMatch(/rgba?\(/);
  });

  it('escapes what a hostile label holds and keeps it as text', async () => {
    const nasty = 'A <script>alert("x")</script> & \'quotes\' ]]> Ärger';
    const map = tinyMap(
      [{ id: 'c', kind: 'conclusion', text: nasty }, 'r'],
      [['s', 'support', 'r', 'c']],
    );
    const { svg } = await draw(map, { title: '<b>&' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(texts(svg).join(' ')).toContain('<script>alert("x")</script>');
    expect(texts(svg)).toContain('<b>&');
  });

  it('leaves the legend out when asked and sizes the picture to the region drawn', async () => {
    const map = loadDefaultMap();
    const { svg, layout } = await draw(map, { legend: false });
    expect(texts(svg)).not.toContain('supports');
    expect(svg).toMatch(
      new RegExp(`width="${Math.ceil(layout.width)}" height="${Math.ceil(layout.height)}"`),
    );
    const part = renderSvg(visibleMap(map, NO_FILTER).map, layout, {
      ...VIEW,
      legend: false,
      region: { x: 10, y: 20, width: 300, height: 200 },
    });
    expect(part).toContain('width="300" height="200"');
  });

  it('leaves out of a region what does not show in it', async () => {
    const map = loadDefaultMap();
    const { layout } = await draw(map);
    const top = [...layout.nodes].sort((a, b) => a.y - b.y)[0];
    if (!top) throw new Error('no nodes');
    const region = { x: top.x - 10, y: top.y - 10, width: top.width + 20, height: top.height + 20 };
    const svg = renderSvg(visibleMap(map, NO_FILTER).map, layout, {
      ...VIEW,
      legend: false,
      region,
    });
    expect(svg.match(/data-node-id="[^"]+"/g)).toEqual([`data-node-id="${top.id}"`]);
    expect(texts(svg)).toEqual(expect.arrayContaining(top.lines));
  });

  it('names the text the embedded fonts must cover', async () => {
    const { layout } = await draw(loadDefaultMap());
    const text = drawnText(layout, VIEW);
    expect(text).toContain('ü');
    expect(text).toContain('CONCLUSION');
    expect(text).toContain('co-premises, only together');
  });
});
