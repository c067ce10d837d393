import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, lettersAndDigits, parseJoinRules } from './cleanText';
import { isFragment } from './wordJoins';

const readData = (name: string): string =>
  readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

const raw = readData('passage.raw.txt');
const joins = parseJoinRules(JSON.parse(readData('passage.joins.json')));
const result = cleanText(raw, { joins });
const { text } = result;
/** The clean text's words, without surrounding punctuation. */
const words = text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('cleanText on the p. 229 passage', () => {
  it('keeps every letter and digit of the raw text, in order, minus the footer', () => {
    const footerLetters = lettersAndDigits(
      '229 Sicherheits- und Verteidigungspolitik von Kleinstaaten',
    );
    const rawLetters = lettersAndDigits(raw);
    expect(rawLetters.endsWith(footerLetters)).toBe(true);
    expect(lettersAndDigits(text)).toBe(rawLetters.slice(0, -footerLetters.length));
  });

  it('returns the footer as metadata and removes it from the body', () => {
    expect(result.footer).toEqual({
      page: 229,
      runningTitle: 'Sicherheits- und Verteidigungspolitik von Kleinstaaten',
    });
    expect(text).not.toContain('229');
    expect(text.endsWith('offiziell verpflichtet war, für den Fall')).toBe(true);
  });

  it('leaves no hyphen debris, no syllable fragments and no stray whitespace', () => {
    expect(text).not.toMatch(/\s-\s/u);
    // Every remaining "- " is a suspended compound before a coordinator.
    expect(text.match(/-\s+\S+/gu)?.every((m) => /-\s(?:und|oder)$/u.test(m))).toBe(true);
    expect(words.filter((w) => isFragment(w))).toEqual([]);
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/ {2}| \n|\n | $|\n{3}/u);
  });

  it.each([
    'Koordinationsinstanz',
    'können',
    'Bedeutungsverlust',
    'Bedeutung',
    'internationalen',
    'verteidigungspolitischen',
    'beteiligen',
    'Konkret',
    'Durchführbarkeit',
    'Kooperation',
    'Zusammenarbeit',
    'friedensfördernder',
    'Koordinationsorganisationen',
    'Sicherheitspolitik',
    'Kernfunktionen',
    'Kernfunktion',
    'Kleinstaaten',
  ])('rebuilds %s', (word) => {
    expect(words).toContain(word);
  });

  it('rebuilds the words in their places', () => {
    expect(text).toContain('ergänzend zu ihrer verteidigungspolitischen Kernfunktion, weitere');
    expect(text).toContain('ursprünglichen verteidigungspolitischen Kernfunktion, sondern');
    expect(count(text, 'verteidigungspolitischen')).toBe(2);
    expect(text).toContain(
      'indem sie es möglichst vielen Staaten erlaubt, sich daran zu beteiligen.',
    );
    expect(text).toContain('dienen, indem sie als Agenturen');
    expect(text).toContain('im Falle ihrer Kooperation mit weiteren Organisationen');
    expect(text).toContain('Die Zusammenarbeit der NATO mit der EU');
    expect(text).toContain('Durchführung friedensfördernder Aufgaben');
    expect(count(text, 'können.')).toBe(2);
    expect(text).toContain('noch von Bedeutung sein, jedoch');
    expect(text).toContain('Kernfunktionen eingebüsst.');
    expect(text).toContain('mit dem Bedeutungsverlust der realistischen Prämissen');
    expect(text).toContain('der internationalen Beziehungen');
    expect(text).toContain('Konkret stellt sich die Frage');
    expect(text).toContain('für Kleinstaaten sein können.');
    expect(text).toContain('der gewisse Kleinstaaten, wie etwa die Schweiz');
  });

  it('keeps real hyphens, suspended compounds, guillemets and Swiss spelling', () => {
    for (const kept of [
      '«Burden-Sharings»',
      'NATO-Infrastruktur',
      'EU-Mitgliedstaaten',
      'Unterstützungs- und Koordinationsorganisationen',
      'Friedens- und Sicherheitspolitik.',
      'Schliesslich',
      'eingebüsst',
      'Einbusse',
    ]) {
      expect(text).toContain(kept);
    }
    expect(count(text, 'verteidigungs- und sicherheitspolitische')).toBe(2);
    expect(text).not.toContain('ß');
  });

  it('puts the section headings on paragraphs of their own', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain('6. Neue verteidigungs- und sicherheitspolitische Optionen');
    expect(paragraphs).toContain('6.1. Kooperative Verteidigungspolitik');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[2]?.startsWith('Sowohl die Neutralität')).toBe(true);
    expect(paragraphs[4]?.startsWith('Bereits im Kalten Krieg')).toBe(true);
  });

  it('needs the join list only for `in dem sie` and `Kon kret`', () => {
    expect(joins.map((j) => j.from)).toEqual(['in dem sie', 'Kon kret']);
    expect(result.warnings).toEqual([]);
    const withoutList = cleanText(raw).text;
    expect(
      withoutList.replace('in dem sie als', 'indem sie als').replace('Kon kret', 'Konkret'),
    ).toBe(text);
  });

  it('records edits that only ever remove spaces and hyphens', () => {
    const changes = result.edits.filter((e) => !e.rules.includes('footer'));
    expect(changes.length).toBeGreaterThan(15);
    for (const edit of changes) expect(lettersAndDigits(edit.to)).toBe(lettersAndDigits(edit.from));
    expect(result.edits).toContainEqual({
      rules: ['line-break-hyphen', 'linking-s'],
      from: 'Koordina - tions instanz',
      to: 'Koordinationsinstanz',
    });
  });

  it('is what data/passage.clean.txt holds (regenerate with scripts/clean-text.ts)', () => {
    expect(readData('passage.clean.txt')).toBe(text);
  });

  it('leaves its own output unchanged', () => {
    const again = cleanText(text, { joins });
    expect(again.text).toBe(text);
    expect(again.footer).toBeUndefined();
    expect(again.edits).toEqual([]);
  });
});

const clean = (s: string): string => cleanText(s).text;

describe('cleanText rules on made-up text', () => {
  it('joins line-break hyphens before a lowercase continuation', () => {
    expect(clean('Die Regierungs - chefin traf die Opposi - tion.')).toBe(
      'Die Regierungschefin traf die Opposition.',
    );
    expect(clean('Die Koordina-\ntion der Staaten.\nNeue Zeile.')).toBe(
      'Die Koordination der Staaten. Neue Zeile.',
    );
    expect(clean('Die Umwelt\u00ADpolitik der Staaten.')).toBe('Die Umweltpolitik der Staaten.');
  });

  it('keeps a real hyphen before an uppercase part or after an acronym', () => {
    expect(clean('Die UNO - Charta gilt.')).toBe('Die UNO-Charta gilt.');
    expect(clean('Eine EU - weite Regel.')).toBe('Eine EU-weite Regel.');
    expect(clean('Die NATO-\nStaaten.')).toBe('Die NATO-Staaten.');
  });

  it('keeps a suspended compound before a coordinator', () => {
    expect(clean('Die Wirtschafts - und Finanzpolitik.')).toBe(
      'Die Wirtschafts- und Finanzpolitik.',
    );
    expect(clean('Die Innen-\noder Aussenpolitik.')).toBe('Die Innen- oder Aussenpolitik.');
  });

  it('joins syllable spaces by rule', () => {
    expect(clean('Die Gesund heits politik der Län - der.')).toBe(
      'Die Gesundheitspolitik der Länder.',
    );
    expect(clean('Die Vertei di gung der Frei heit ist wichtig.')).toBe(
      'Die Verteidigung der Freiheit ist wichtig.',
    );
    expect(clean('Die internationale po li tische Lage.')).toBe(
      'Die internationale politische Lage.',
    );
    expect(clean('Die Verhandlungs runde und die Umwelt organisationen.')).toBe(
      'Die Verhandlungsrunde und die Umweltorganisationen.',
    );
  });

  it('joins a split the same text spells solid elsewhere', () => {
    expect(clean('Die Gross mächte und andere Grossmächte.')).toBe(
      'Die Grossmächte und andere Grossmächte.',
    );
  });

  it.each([
    'Es gab mindestens zwei Staaten, die in dem Haus wohnten.',
    'Charles de Gaulle war de facto Präsident.',
    'Die Jungs sind jung und ganz neu.',
    'Die Regierung verhandelt mit der Partei über das Thema.',
    'Die United Nations peacekeeping mission.',
    'Er kam am 6. Mai nach Bern.',
    'Die Jahre 1990 - 1995 waren ruhig.',
    'Er sagte: «Das ist die Frage.»',
    'Sicherheits- und Verteidigungspolitik, NATO-Infrastruktur, EU-Mitgliedstaaten.',
    'Er wurde im Jahr 2001 Mitglied',
    'Das Buch hat 300 Seiten',
    '1. Einleitung\n\nDer Text beginnt hier.',
  ])('leaves clean text alone: %s', (s) => {
    const r = cleanText(s);
    expect(r.text).toBe(s);
    expect(r.edits).toEqual([]);
    expect(r.footer).toBeUndefined();
  });

  it('normalises whitespace and keeps paragraphs', () => {
    expect(clean('  Ein   Satz\tmit\u00A0Lücken. \r\n\r\n\r\n Zweiter Absatz.  ')).toBe(
      'Ein Satz mit Lücken.\n\nZweiter Absatz.',
    );
  });

  it('takes any trailing page number and running title as the footer', () => {
    const r = cleanText('Das ist der letzte Satz. 12 Eine Geschichte der Schweiz');
    expect(r.text).toBe('Das ist der letzte Satz.');
    expect(r.footer).toEqual({ page: 12, runningTitle: 'Eine Geschichte der Schweiz' });
    const own = cleanText('Der Text endet mitten im\n\n12 Eine Geschichte der Schweiz\n');
    expect(own.text).toBe('Der Text endet mitten im');
    expect(own.footer).toEqual({ page: 12, runningTitle: 'Eine Geschichte der Schweiz' });
    expect(
      cleanText('Ein Satz. 12 Eine Geschichte', { detectFooter: false }).footer,
    ).toBeUndefined();
  });

  it('puts numbered headings on their own paragraph', () => {
    expect(clean('Ende des Kapitels. 3.2. Ein neuer Ansatz Die Forschung zeigt etwas.')).toBe(
      'Ende des Kapitels.\n\n3.2. Ein neuer Ansatz\n\nDie Forschung zeigt etwas.',
    );
  });
});

describe('the join list', () => {
  it('applies entries across any whitespace, at word boundaries only', () => {
    const list = [{ from: 'in dem sie', to: 'indem sie' }];
    expect(cleanText('Sie half, in dem sie\nlas; darin dem sie glich.', { joins: list }).text).toBe(
      'Sie half, indem sie las; darin dem sie glich.',
    );
  });

  it('rejects entries that would change letters and reports unused ones', () => {
    const r = cleanText('Ein Satz.', {
      joins: [
        { from: 'Ein Satz', to: 'Einsätze' },
        { from: 'gibt es nicht', to: 'gibtesnicht' },
      ],
    });
    expect(r.text).toBe('Ein Satz.');
    expect(r.warnings).toHaveLength(2);
  });

  it('parses a bare array or an object with `joins`, and refuses anything else', () => {
    const entry = { from: 'a b', to: 'ab', reason: 'why' };
    expect(parseJoinRules([entry])).toEqual([entry]);
    expect(parseJoinRules({ joins: [{ from: 'a b', to: 'ab' }] })).toEqual([
      { from: 'a b', to: 'ab' },
    ]);
    expect(() => parseJoinRules({ joins: [{ from: 1 }] })).toThrow();
    expect(() => parseJoinRules('nope')).toThrow();
  });
});
