import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import defaultMapFile from '../../data/default-map.json';
import { parseMap } from '../model/parseMap';
import type { ArgumentMap, ArgumentNode } from '../model/types';
import { MAX_SHARE_URL_LENGTH, mapFromFragment, shareUrl } from './shareLink';

const BASE = 'https://example.org/argument-map/';

function defaultMap(): ArgumentMap {
  const parsed = parseMap(defaultMapFile);
  if (!parsed.ok) throw new Error('the default map does not parse');
  return parsed.map;
}

function urlOf(map: ArgumentMap, base = BASE): string {
  const result = shareUrl(map, base);
  if (!result.ok) throw new Error(`link too long: ${result.length}`);
  return result.url;
}

const hashOf = (url: string) => url.slice(url.indexOf('#'));

/** Deterministic, hardly compressible text: a link must not get short by repetition. */
function noise(seed: number, length: number): string {
  let x = seed || 1;
  let text = '';
  while (text.length < length) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += x.toString(36);
  }
  return text.slice(0, length);
}

describe('share links', () => {
  it('carries the default map there and back', async () => {
    const map = defaultMap();
    const url = urlOf(map);
    expect(url.startsWith(`${BASE}#map=`)).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAX_SHARE_URL_LENGTH);
    expect(url).toMatch(/^[A-Za-z0-9:/.#=+$_-]+$/);
    const back = await mapFromFragment(hashOf(url));
    expect(back).toEqual({ kind: 'map', map });
    // With or without the leading '#', as URLSearchParams-style parts.
    expect(await mapFromFragment(hashOf(url).slice(1))).toEqual({ kind: 'map', map });
    expect(await mapFromFragment(`#x=1&${hashOf(url).slice(1)}`)).toEqual({ kind: 'map', map });
  });

  it('replaces a fragment already on the base', () => {
    const url = urlOf(defaultMap(), `${BASE}?dir=down#old`);
    expect(url.startsWith(`${BASE}?dir=down#map=`)).toBe(true);
  });

  it('reads a link a mail tool percent-encoded', async () => {
    const map = defaultMap();
    const hash = hashOf(urlOf(map)).replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(await mapFromFragment(hash)).toEqual({ kind: 'map', map });
  });

  it('says a truncated link is damaged', async () => {
    const hash = hashOf(urlOf(defaultMap()));
    const cut = await mapFromFragment(hash.slice(0, Math.floor(hash.length / 2)));
    expect(cut.kind).toBe('bad');
    if (cut.kind === 'bad') {
      expect(cut.message).toMatch(/^The shared link is damaged or incomplete: /);
    }
    expect(await mapFromFragment('#map=')).toMatchObject({ kind: 'bad' });
    expect(await mapFromFragment('#map=%E0%A4%A')).toMatchObject({
      kind: 'bad',
      message: expect.stringContaining('broken escape'),
    });
    expect(await mapFromFragment('#map=!!!not-lz!!!')).toMatchObject({ kind: 'bad' });
  });

  it('names the problems of a map that decompresses but does not pass the checks', async () => {
    const map = defaultMap();
    const broken = { ...map, relations: [{ id: 'r', kind: 'support', from: ['nope'], to: 'x' }] };
    const hash = `#map=${LZString.compressToEncodedURIComponent(JSON.stringify(broken))}`;
    const result = await mapFromFragment(hash);
    expect(result.kind).toBe('bad');
    if (result.kind === 'bad') {
      expect(result.message).toContain('The shared link is damaged or incomplete');
      expect(result.message).toContain('relations[0].from[0]: unknown node "nope"');
    }
    const notJson = `#map=${LZString.compressToEncodedURIComponent('{"version": 1, "nod')}`;
    expect(await mapFromFragment(notJson)).toMatchObject({
      kind: 'bad',
      message: expect.stringContaining('cut off or garbled'),
    });
  });

  it('keeps a hostile label as plain text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const base = defaultMap();
    const map: ArgumentMap = {
      ...base,
      title: hostile,
      nodes: base.nodes.map((n, i) => (i === 0 ? { ...n, text: hostile, gloss: hostile } : n)),
      groups: base.groups.map((g, i) => (i === 0 ? { ...g, label: hostile } : g)),
    };
    const url = urlOf(map);
    expect(url).not.toMatch(/[<>()\s]/);
    const back = await mapFromFragment(hashOf(url));
    expect(back).toEqual({ kind: 'map', map });
    if (back.kind === 'map') {
      expect(back.map.title).toBe(hostile);
      expect(back.map.nodes[0]?.text).toBe(hostile);
      expect(back.map.nodes[0]?.gloss).toBe(hostile);
    }
  });

  it('refuses a map too big for a link, giving the length', () => {
    const nodes: ArgumentNode[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `n${i}`,
      kind: 'claim',
      implicit: true,
      text: noise(i + 1, 120),
      gloss: '',
    }));
    const huge: ArgumentMap = { ...defaultMap(), nodes, relations: [], groups: [], tours: [] };
    const result = shareUrl(huge, BASE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.length).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
  });

  it('finds no map where the fragment carries none', async () => {
    expect(await mapFromFragment('')).toEqual({ kind: 'none' });
    expect(await mapFromFragment('#')).toEqual({ kind: 'none' });
    expect(await mapFromFragment('#sel=conclusion')).toEqual({ kind: 'none' });
    expect(await mapFromFragment('#mapping=1')).toEqual({ kind: 'none' });
  });
});
