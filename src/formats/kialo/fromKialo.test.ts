import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap, MapIssue } from '../../model/types';
import { fromKialo } from './fromKialo';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function read(text: string): { map: ArgumentMap; warnings: MapIssue[] } {
  const result = fromKialo(text);
  if (!result.ok) throw new Error(`not imported: ${JSON.stringify(result.issues)}`);
  return result;
}

const kinds = (map: ArgumentMap) => Object.fromEntries(map.nodes.map((n) => [n.id, n.kind]));
const texts = (map: ArgumentMap) => Object.fromEntries(map.nodes.map((n) => [n.id, n.text]));
const edges = (map: ArgumentMap) =>
  map.relations.map((r) => `${r.from.join('+')} ${r.kind} ${r.to}`);
const messages = (warnings: MapIssue[]) => warnings.map((w) => `${w.path}: ${w.message}`);

describe('fromKialo: the older one-line-per-claim export', () => {
  it('reads a CRLF file with a BOM and a claim over two lines', () => {
    const raw = fixture('alliances-crlf.txt');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const { map, warnings } = read(raw);
    expect(warnings).toEqual([]);
    expect(map.title).toBe('Should small states join military alliances?');
    expect(map.source).toEqual({ text: '', language: 'en' });
    expect(kinds(map)).toEqual({
      k1: 'conclusion',
      'k1-1': 'claim',
      'k1-1-1': 'objection',
      'k1-1-1-1': 'premise',
      'k1-2': 'objection',
      'k1-2-1': 'premise',
      'k1-2-2': 'objection',
      'k1-3': 'premise',
    });
    expect(texts(map)['k1-1']).toBe(
      'Alliances coordinate peace operations and make them more feasible.',
    );
    expect(
      map.nodes.every((n) => n.gloss === '' && !n.implicit && !/[\r\uFEFF]/.test(n.text)),
    ).toBe(true);
    expect(edges(map)).toEqual([
      'k1-1 support k1',
      'k1-1-1 attack k1-1',
      'k1-1-1-1 support k1-1-1',
      'k1-2 attack k1',
      'k1-2-1 support k1-2',
      'k1-2-2 attack k1-2',
      'k1-3 support k1',
    ]);
    expect(map.relations.map((r) => r.id)).toContain('r-k1-1-1');
  });

  it('keeps the readable words of Markdown and drops addresses, excerpts and footnotes', () => {
    const { map, warnings } = read(fixture('markdown-multiline.txt'));
    const t = texts(map);
    expect(t['k1-1']).toBe(
      'Car-free centres have cleaner air. In Madrid nitrogen dioxide fell by a fifth within a year.',
    );
    // Continuation lines join with a space; a blank line inside a claim keeps a paragraph break.
    expect(t['k1-1-1']).toBe(
      'The pollution moves to the ring roads around the centre instead of disappearing; ' +
        'see the measurements [PDF].\n\nTraffic on the ring roads grew after the ban.',
    );
    expect(t['k1-1-1-1']).toBe(
      'The same traffic has nowhere else to go: it shifts, it does not vanish.',
    );
    expect(t['k1-1-2']).toBe('Fewer cars also means less noise (and noise harms health).');
    expect(t['k1-2']).toBe('Shops in the centre lose customers who come by car.');
    expect(t['k1-2-1']).toBe('Pedestrians spend more per month than drivers do.');
    expect(t['k1-2-2']).toBe(
      'Deliveries become slower and *more* expensive for small_shop owners.',
    );
    expect(map.nodes.some((n) => /https?:|\]\(|\\/.test(n.text))).toBe(false);
    expect(messages(warnings)).toEqual([
      'line 4: 3 links keep only the text: the map has no place for web addresses',
      'line 9: 2 bold, italic or struck-through passages are shown as plain text: boxes have no emphasis',
      'line 11: left out 1 footnote marker such as [1]',
      'line 12: left out 1 source excerpt in parentheses after a link',
      'line 15: left out 2 lines of footnotes: the map has no place for references',
    ]);
  });

  it('keeps only the text of a link whose address has spaces in it (as real exports have)', () => {
    const { map } = read(
      [
        'Discussion Title: Should hate speech be illegal?',
        '',
        '1. Hate speech should be illegal.',
        '1.1. Pro: As ruled in [MTE v Hungary](http://Magyar Tartalomszolgaltatok Egyesulete and Index.hu Zrt v. Hungary), comments are speech.',
      ].join('\n'),
    );
    expect(texts(map)['k1-1']).toBe('As ruled in MTE v Hungary, comments are speech.');
  });

  it('turns "-> See" links into relations from the linked claim, not into copies', () => {
    const { map, warnings } = read(fixture('links.txt'));
    expect(map.nodes.map((n) => n.id)).toEqual([
      'k1',
      'k1-1',
      'k1-1-1',
      'k1-1-1-1',
      'k1-2',
      'k1-2-2',
      'k1-3',
      'k1-4-1',
    ]);
    // Each claim text appears once.
    const all = map.nodes.map((n) => n.text);
    expect(new Set(all).size).toBe(all.length);
    expect(edges(map)).toEqual([
      'k1-1 support k1',
      'k1-1-1 attack k1-1',
      'k1-1-1-1 support k1-1-1',
      'k1-2 attack k1',
      'k1-2-2 attack k1-2',
      'k1-3 support k1',
      // 1.4.1 sits below the link 1.4 -> 1.1.1, so it argues about 1.1.1.
      'k1-4-1 support k1-1-1',
      // 1.2.1 Pro: -> See 1.1.1.
      'k1-1-1 support k1-2',
      // 1.3.1 Con: -> See 1.1.1.1.
      'k1-1-1-1 attack k1-3',
      // 1.4 Con: -> See 1.1.1.
      'k1-1-1 attack k1',
    ]);
    expect(kinds(map)['k1-3']).toBe('claim');
    expect(messages(warnings)).toEqual([
      'line 12: 1.3.2 links to 1.9.9, which is not in the file; the link is left out',
      'line 13: 1.3.3 links to 1.3, its own parent; the link is left out',
      'line 15: 1.4.1 is below a link; it is attached to the linked claim 1.1.1',
    ]);
  });

  it('reads several numbered theses, with links between their trees', () => {
    const { map, warnings } = read(fixture('multi-thesis.txt'));
    expect(warnings).toEqual([]);
    expect(map.nodes.filter((n) => n.kind === 'conclusion').map((n) => n.id)).toEqual(['k1', 'k2']);
    expect(map.title).toBe('Which energy source should replace coal?');
    expect(edges(map)).toEqual([
      'k1-1 support k1',
      'k1-2 attack k1',
      'k2-1 support k2',
      'k1-1 attack k2',
    ]);
  });

  it('reports gaps, disorder, repeats and missing parents, and attaches to what is there', () => {
    const { map, warnings } = read(fixture('gaps.txt'));
    expect(map.title).toBe('Is remote work here to stay?');
    expect(edges(map)).toEqual([
      'k1-1 support k1',
      'k1-3 support k1',
      'k1-2 attack k1',
      'k1-2-1-1 support k1-2',
      'k1-2_2 attack k1',
      'k1-4 attack k1',
    ]);
    expect(texts(map)['k1-2_2']).toBe('A second claim with a number that is already taken.');
    expect(messages(warnings)).toEqual([
      'line 1: text before the first numbered claim is left out',
      'line 6: the numbering skips 1.2 before 1.3',
      'line 7: 1.2 is out of order: it comes after 1.3',
      'line 8: there is no claim 1.2.1; 1.2.1.1 is attached to 1.2',
      'line 9: number 1.2 is used again (first at line 7)',
    ]);
  });
});

describe('fromKialo: the newer labeled export', () => {
  it('reads a German discussion with labels on their own lines, indentation and sources', () => {
    const { map, warnings } = read(fixture('neutralitaet-de.txt'));
    expect(map.title).toBe('Sollte die Schweiz einem Militärbündnis beitreten?');
    expect(map.source.language).toBe('de');
    expect(kinds(map)).toEqual({
      k1: 'conclusion',
      'k1-1': 'claim',
      'k1-1-1': 'objection',
      'k1-1-1-1': 'premise',
      'k1-2': 'objection',
      'k1-2-1': 'objection',
    });
    const t = texts(map);
    expect(t.k1).toBe(
      'Die Schweiz sollte der NATO beitreten, weil die Neutralität sie nicht mehr schützt.',
    );
    expect(t['k1-1']).toBe(
      'Die Armee der Schweiz ist zu klein, um das Land allein zu verteidigen.',
    );
    expect(t['k1-2']).toBe(
      'Die Neutralität ist in der Verfassung verankert und wird von der Bevölkerung getragen (S. 4).',
    );
    // The sources' excerpts are not glued to the last claim.
    expect(map.nodes.some((n) => n.text.includes('Milizheer'))).toBe(false);
    expect(edges(map)).toContain('k1-1-1 support k1-2');
    expect(messages(warnings)).toEqual([
      'line 7: left out 2 footnote markers such as [1]',
      'line 25: left out 4 lines of sources: the map has no place for references',
    ]);
  });

  it('reads a multi-thesis discussion: a question that continues to each thesis', () => {
    const text = [
      'Discussion Title: Which city should host the games?',
      '',
      '1. Question:',
      'Which city should host the games?',
      '',
      '  1.1. Thesis:',
      '  Zurich should host the games.',
      '',
      '    1.1.1. Pro:',
      '    Zurich already has the stadiums.',
      '',
      '  1.2. Thesis:',
      '  Geneva should host the games.',
      '',
      '    1.2.1. Con:',
      '    Geneva has too few hotel beds.',
    ].join('\n');
    const { map, warnings } = read(text);
    expect(warnings).toEqual([]);
    expect(kinds(map)).toEqual({
      k1: 'question',
      'k1-1': 'conclusion',
      'k1-1-1': 'premise',
      'k1-2': 'conclusion',
      'k1-2-1': 'objection',
    });
    expect(edges(map)).toEqual([
      'k1 continues k1-1',
      'k1-1-1 support k1-1',
      'k1 continues k1-2',
      'k1-2-1 attack k1-2',
    ]);
  });
});

describe('fromKialo: corner cases', () => {
  it('follows nesting deeper than ten levels', () => {
    const lines = ['Discussion Title: Deep', '', '1. Root claim.'];
    let number = '1';
    for (let depth = 2; depth <= 14; depth++) {
      number += '.1';
      lines.push(`${number}. ${depth % 2 === 0 ? 'Pro' : 'Con'}: Level ${depth}.`);
    }
    const { map, warnings } = read(lines.join('\n'));
    expect(warnings).toEqual([]);
    expect(map.nodes).toHaveLength(14);
    const deepest = map.nodes[13];
    expect(deepest?.id).toBe(`k1${'-1'.repeat(13)}`);
    expect(deepest?.kind).toBe('premise');
    expect(map.nodes.slice(1, 13).map((n) => n.kind)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 'claim' : 'objection')),
    );
    expect(map.relations).toHaveLength(13);
    expect(map.relations.at(-1)?.to).toBe(`k1${'-1'.repeat(12)}`);
  });

  it('keeps a numbered list inside a claim as its text', () => {
    const text = [
      '1. Homework should be abolished.',
      '1.1. Pro: It costs two things:',
      '1. time with the family,',
      '2. sleep.',
      '1.2. Con: It trains discipline.',
    ].join('\n');
    const { map, warnings } = read(text);
    expect(warnings).toEqual([]);
    expect(map.nodes.map((n) => n.id)).toEqual(['k1', 'k1-1', 'k1-2']);
    expect(texts(map)['k1-1']).toBe('It costs two things: 1. time with the family, 2. sleep.');
    expect(map.title).toBe('Homework should be abolished.');
  });

  it('leaves out a link that would make a claim support itself', () => {
    const text = ['1. A.', '1.1. Pro: B.', '1.1.1. Pro: -> See 1.'].join('\n');
    const { map, warnings } = read(text);
    expect(edges(map)).toEqual(['k1-1 support k1']);
    expect(messages(warnings)).toEqual([
      'line 3: 1.1.1 links to 1; that support would go round in a circle, so the link is left out',
    ]);
  });

  it('does not let a link below itself close a circle', () => {
    const text = ['1. A.', '1.1. Pro: -> See 1.1.1.1.', '1.1.1. Pro: B.', '1.1.1.1. Pro: C.'].join(
      '\n',
    );
    const { map, warnings } = read(text);
    expect(edges(map)).toEqual(['k1-1-1 support k1-1-1-1', 'k1-1-1-1 support k1']);
    expect(messages(warnings)).toEqual([
      'line 3: 1.1.1 is below a link; it is attached to the linked claim 1.1.1.1',
      'line 4: 1.1.1.1 would close a support circle through a link; it is left loose',
    ]);
  });

  it('follows a link to a link, and reads a link that comes before its target', () => {
    const text = [
      '1. A.',
      '1.1. Con: -> See 1.2.1.',
      '1.2. Pro: B.',
      '1.2.1. Pro: C.',
      '1.3. Pro: -> See 1.1.',
    ].join('\n');
    const { map } = read(text);
    expect(edges(map)).toEqual([
      'k1-2 support k1',
      'k1-2-1 support k1-2',
      'k1-2-1 attack k1',
      'k1-2-1 support k1',
    ]);
  });

  it('warns about a claim without Pro or Con, and an empty claim', () => {
    const text = ['1. A.', '1.1. B without a label.', '1.2. Con:', '1.3. Pro: C.'].join('\n');
    const { map, warnings } = read(text);
    expect(edges(map)).toEqual(['k1-1 support k1', 'k1-2 attack k1', 'k1-3 support k1']);
    expect(texts(map)['k1-2']).toBe('(no text)');
    expect(messages(warnings)).toEqual([
      'line 2: 1.1 is not marked Pro or Con; read as Pro',
      'line 3: claim 1.2 has no text; shown as "(no text)"',
    ]);
  });

  it('keeps claims whose thesis is missing as theses of their own', () => {
    const text = ['1.1. Pro: An orphan.', '1.2. Con: Another orphan.'].join('\n');
    const { map, warnings } = read(text);
    expect(kinds(map)).toEqual({ 'k1-1': 'conclusion', 'k1-2': 'conclusion' });
    expect(map.relations).toEqual([]);
    expect(messages(warnings)).toEqual([
      'line 1: there is no claim 1; 1.1 is kept as a thesis',
      'line 2: there is no claim 1; 1.2 is kept as a thesis',
    ]);
  });

  it('locates every warning by line', () => {
    for (const name of ['gaps.txt', 'links.txt', 'markdown-multiline.txt']) {
      for (const w of read(fixture(name)).warnings) expect(w.path).toMatch(/^line \d+$/);
    }
  });

  it('imports a generated discussion of more than 1000 claims', () => {
    const lines = ['Discussion Title: Generated', '', '1. The thesis.'];
    let count = 1;
    const walk = (number: string, depth: number) => {
      for (let i = 1; i <= 4 && count < 1200; i++) {
        const child = `${number}.${i}`;
        count++;
        lines.push(`${child}. ${i % 2 ? 'Pro' : 'Con'}: Claim ${child} with some words.`);
        if (depth < 5) walk(child, depth + 1);
      }
    };
    walk('1', 1);
    lines.push('1.5. Pro: -> See 1.1.1.');
    const { map, warnings } = read(lines.join('\r\n'));
    expect(warnings).toEqual([]);
    expect(map.nodes).toHaveLength(count);
    expect(count).toBeGreaterThan(1000);
    expect(map.relations).toHaveLength(count);
  });
});

describe('fromKialo: files it refuses', () => {
  it('refuses an empty file', () => {
    for (const text of ['', '\uFEFF', '  \r\n\n  ']) {
      const result = fromKialo(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.message).toMatch(/^the file is empty; expected/);
    }
  });

  it('refuses a file without numbered claims, saying what it expected', () => {
    for (const text of [
      'Discussion Title: Only a title\n\nand some words.',
      '[A]: a claim\n  + [B]: a reason\n',
      '{"version":1,"nodes":[]}',
    ]) {
      const result = fromKialo(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]?.message).toContain('no numbered claims found');
        expect(result.issues[0]?.message).toContain('"1.1. Pro: ..."');
      }
    }
  });
});
