import { parseMap } from '../../model/parseMap';
import type { ArgumentMap } from '../../model/types';

// Test helper: maps that exercise every corner the exporters must escape or draw.

const SOURCE = 'Vorwort: - leading minus steht hier. Ende.';

/**
 * Texts full of characters that mean something in Argdown, XML, DOT or Mermaid, umlauts and
 * line breaks; co-premises, a linked attack, undercuts of a linked and of a single relation,
 * a "continues" relation and two groups. Validated by the app's own parser.
 */
export function hostileMap(): ArgumentMap {
  const start = SOURCE.indexOf('- leading minus');
  const file = {
    version: 1,
    title: 'Feindliche <Karte> & "Titel" === #1',
    source: { text: SOURCE, language: 'de-CH', page: 3, citation: 'Zitat "so" & <so>' },
    nodes: [
      {
        id: 'schluss',
        kind: 'conclusion',
        implicit: false,
        text: '[Titel] <b>fett</b> & "Zitat" \'einfach\' #tag *stern* _unter_ {daten} \\ zurück // kein Kommentar :up: .~. z.B. === äöüß ÄÖÜ',
        gloss: 'Conclusion with "quotes" & <brackets>',
      },
      {
        id: 'prämisse.1',
        kind: 'premise',
        implicit: false,
        text: '+ beginnt mit Plus\n- zweite Zeile mit Minus\n(1) dritte Zeile\n# vierte\n1. fünfte',
        gloss: 'Premise one',
      },
      {
        id: '-neg',
        kind: 'premise',
        implicit: false,
        text: '- leading minus',
        gloss: '',
        quote: { start, end: start + '- leading minus'.length, text: '- leading minus' },
      },
      {
        id: 'a:b',
        kind: 'objection',
        implicit: true,
        text: 'Einwand > alles < nichts ]]> <!-- kein Kommentar --> %% #quot; end',
        gloss: 'An objection with } braces { and `backticks`',
      },
      {
        id: 'end',
        kind: 'question',
        implicit: false,
        text: 'Was nun?\n\nZweiter   Absatz',
        gloss: 'What now?',
        breaksOff: true,
      },
      { id: 'a-b', kind: 'claim', implicit: false, text: 'Stütze für den Einwand', gloss: 'b' },
      { id: 'a_b', kind: 'claim', implicit: false, text: 'Untergräbt: "wenn", dann …', gloss: 'c' },
      { id: 'x', kind: 'claim', implicit: false, text: '\\ backslash\tand tab', gloss: 'x' },
    ],
    relations: [
      { id: 'r-co', kind: 'support', from: ['prämisse.1', '-neg'], to: 'schluss' },
      { id: 'r-att', kind: 'attack', from: ['a:b'], to: 'schluss' },
      { id: 'r-under', kind: 'attack', from: ['a_b'], to: 'r-co' },
      { id: 'r-back', kind: 'support', from: ['a-b'], to: 'a:b' },
      { id: 'r-under2', kind: 'attack', from: ['x'], to: 'r-back' },
      { id: 'r-linked', kind: 'attack', from: ['a-b', 'x'], to: 'prämisse.1' },
      { id: 'r-cont', kind: 'continues', from: ['schluss'], to: 'end' },
    ],
    groups: [
      { id: 'g1', label: 'Gruppe "eins" <&> #1', members: ['prämisse.1', '-neg'] },
      { id: 'g2', label: 'Einwände', members: ['a:b', 'a-b'] },
    ],
  };
  const result = parseMap(file);
  if (!result.ok) throw new Error(`hostile map does not parse: ${JSON.stringify(result.issues)}`);
  return result.map;
}
