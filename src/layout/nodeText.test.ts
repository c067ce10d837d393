import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { measureText } from '../measure/measureText';
import type { ArgumentNode } from '../model/types';
import { measureNodes } from './measureNodes';
import { nodeBody, nodeHead, shownHeader } from './nodeHead';
import { NODE_STYLE } from './nodeStyle';
import { nodeHeader } from './nodeText';

const s = NODE_STYLE;
const node = (extra: Partial<ArgumentNode> = {}): ArgumentNode => ({
  id: 'n',
  kind: 'premise',
  implicit: false,
  text: 'Taxes are too high.',
  gloss: '',
  ...extra,
});
/** Room for the header words beside the kind icon in the widest box a text line allows. */
const room = s.maxTextWidth - s.header.icon - s.header.iconGap;

describe('nodeHeader', () => {
  it('says the kind and the flags in capitals', () => {
    expect(nodeHeader(node())).toBe('PREMISE');
    expect(nodeHeader(node({ kind: 'objection', implicit: true, breaksOff: true }))).toBe(
      'OBJECTION · IMPLICIT · TEXT BREAKS OFF',
    );
    expect(nodeHeader(node({ implicit: true }), 'de')).toBe('PRÄMISSE · IMPLIZIT');
  });

  it('appends the tags after the kind and flags, as written', () => {
    expect(nodeHeader(node({ tags: ['economy', 'health'] }))).toBe('PREMISE · #economy #health');
    expect(nodeHeader(node({ kind: 'claim', implicit: true, tags: ['Public health'] }))).toBe(
      'CLAIM · IMPLICIT · #Public health',
    );
    expect(nodeHeader(node({ tags: ['Wirtschaft'] }), 'de')).toBe('PRÄMISSE · #Wirtschaft');
  });

  it('reads an empty tag list as no tags', () => {
    expect(nodeHeader(node({ tags: [] }))).toBe('PREMISE');
  });

  it('counts the tags that would make the line wider than a text line may be', () => {
    const tags = Array.from({ length: 10 }, (_, i) => `tag number ${i + 1}`);
    const header = nodeHeader(node({ tags }));
    expect(header).toMatch(/^PREMISE · #tag number 1 #tag number 2 .*\+\d+$/);
    expect(measureText(header, s.header.font)).toBeLessThanOrEqual(room);
    const shown = header.match(/#/g)?.length ?? 0;
    expect(header.endsWith(` +${10 - shown}`)).toBe(true);
    // One more tag would not have fitted.
    const more = `${header.replace(/ \+\d+$/, '')} #${tags[shown]} +${10 - shown - 1}`;
    expect(measureText(more, s.header.font)).toBeGreaterThan(room);
  });

  it('shows all tags that fit, without a count', () => {
    const header = nodeHeader(node({ tags: ['a', 'b', 'c'] }));
    expect(header).toBe('PREMISE · #a #b #c');
  });

  it('always shows the first tag, even a long one', () => {
    const long = 'W'.repeat(40);
    expect(nodeHeader(node({ kind: 'objection', implicit: true, tags: [long, 'x'] }))).toBe(
      `OBJECTION · IMPLICIT · #${long} +1`,
    );
  });
});

describe('the measured box and its header', () => {
  it('is as wide as the header with its tags needs, and no wider than that needs', () => {
    const map = tinyMap([
      { id: 'a', text: 'a', tags: ['economy', 'public health'] },
      { id: 'b', text: 'b', tags: Array.from({ length: 10 }, (_, i) => `long tag ${i}`) },
      { id: 'c', text: 'c' },
    ]);
    const boxes = measureNodes(map, 'source');
    for (const n of map.nodes) {
      const box = boxes.get(n.id);
      expect(box?.header).toBe(nodeHeader(n));
      const header = s.header.icon + s.header.iconGap + measureText(nodeHeader(n), s.header.font);
      expect(box?.width).toBeGreaterThanOrEqual(header + 2 * (s.paddingX + s.border));
      // Tags after the first never make a box wider than the widest text line would.
      expect(box?.width).toBeLessThanOrEqual(
        Math.ceil(s.maxTextWidth + 2 * (s.paddingX + s.border)),
      );
    }
    expect(boxes.get('a')?.header).toBe('CLAIM · #economy #public health');
  });
});

describe('nodeBody', () => {
  it('shows the gloss when asked to, else the text', () => {
    expect(nodeBody(node({ gloss: 'Steuern' }), 'gloss')).toBe('Steuern');
    expect(nodeBody(node({ gloss: ' ' }), 'gloss')).toBe('Taxes are too high.');
    expect(nodeBody(node({ gloss: 'Steuern' }), 'source')).toBe('Taxes are too high.');
  });
});

describe("shownHeader (the panels' header for a node)", () => {
  it("is the box's header as laid out, tags and all; without a box, the kind and flags", () => {
    const tagged = node({ implicit: true, tags: ['economy'] });
    const header = nodeHeader(tagged);
    const layout = {
      width: 100,
      height: 100,
      nodes: [
        { id: tagged.id, kind: tagged.kind, x: 0, y: 0, width: 100, height: 50, header, lines: [] },
      ],
      groups: [],
      junctions: [],
      edges: [],
    };
    expect(shownHeader(layout, tagged, 'en')).toBe(header);
    expect(header).toContain('#economy');
    expect(shownHeader(undefined, tagged, 'en')).toBe(nodeHead(tagged, 'en'));
    expect(nodeHead(tagged, 'en')).toBe(header.split(' · #')[0]);
  });
});
