import { describe, expect, it } from 'vitest';
import type { ArgumentMap, MapIssue } from '../../model/types';
import { fromArgdown } from './fromArgdown';
import { imported, issuesOf } from './importedForTests';

// Real Argdown files are documents: prose around the map, mentions in the text, untitled
// statements. These tests hold what a reader of such a file should get.

const textOf = (map: ArgumentMap, id: string) => map.nodes.find((n) => n.id === id)?.text;
const messages = (warnings: MapIssue[]) => warnings.map((w) => w.message);

describe('fromArgdown: prose around the map', () => {
  it('leaves out untitled paragraphs outside relations and arguments, in one warning', () => {
    const text = 'Some intro prose.\n\n[A]: a\n  + [B]: b\n\nGreenspan hence argues:\n\nMore.\n';
    const { map, warnings } = imported(text);
    expect(map.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['a', 'conclusion'],
      ['b', 'premise'],
    ]);
    expect(map.relations).toHaveLength(1);
    expect(warnings).toEqual([
      {
        path: 'line 1, column 1',
        message:
          '3 untitled paragraphs that take part in no relation or argument are left out of the map (lines 1, 6, 8)',
      },
    ]);
  });

  it('says so of one paragraph in the singular', () => {
    expect(messages(imported('Intro.\n\n[A]: a\n').warnings)).toEqual([
      '1 untitled paragraph that takes part in no relation or argument is left out of the map (line 1)',
    ]);
  });

  it('keeps untitled statements that are in a relation or a premise-conclusion structure', () => {
    const text =
      '[A]: a\n  + An untitled reason.\n\n<Arg>\n\n(1) An untitled premise.\n----\n(2) [C]: c\n';
    const { map, warnings } = imported(text);
    expect(map.nodes.map((n) => n.text)).toEqual([
      'a',
      'An untitled reason.',
      'An untitled premise.',
      'c',
    ]);
    expect(map.relations).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('keeps an untitled paragraph whose data puts it in the map, as Argdown does', () => {
    const { map } = imported('A remark. {isInMap: true}\n\n[A]: a\n');
    expect(map.nodes.map((n) => n.text)).toEqual(['A remark.', 'a']);
  });

  it('refuses a file of untitled prose only, saying why', () => {
    expect(issuesOf(fromArgdown('Just some prose.\n\nAnd more prose.\n'))).toEqual([
      {
        path: '',
        message: expect.stringMatching(
          /^no statements found: the text has only untitled paragraphs \(2, lines 1, 3\).*\[Title\]: text/,
        ),
      },
    ]);
  });
});

describe('fromArgdown: mentions', () => {
  it('reads @[Title] and @<Title> as the titles, the text otherwise letter for letter', () => {
    const text =
      '[A]: …the premise @[Lost Connection] of @<Core Argument>, see @[B].\n  + [B]: b\n\n[Lost Connection]: l\n';
    expect(textOf(imported(text).map, 'a')).toBe(
      '…the premise Lost Connection of Core Argument, see B.',
    );
  });

  it('reads mentions in an argument description, and at the start of a text', () => {
    const text = '[C]: c\n  + <Arg>: @[C] holds, as @<Other> says. #tag\n';
    const node = imported(text).map.nodes.find((n) => n.id === 'arg');
    expect(node).toMatchObject({ text: 'C holds, as Other says.', tags: ['tag'] });
  });
});

describe('fromArgdown: how warnings name things', () => {
  it('names an untitled statement by its first words, not by the title Argdown made up', () => {
    const text = '[A]: a\n  >< Bubbles can occur in the real estate market, as many think.\n';
    expect(messages(imported(text).warnings)).toEqual([
      '[A] and "Bubbles can occur in the real estate…" contradict each other: drawn as two attacks',
    ]);
  });

  it('names an untitled argument by its line', () => {
    const text = '[A]: a\n\n(1) [P]: p\n-- Modus ponens --\n(2) [C]: c\n';
    expect(messages(imported(text).warnings)).toEqual([
      'the argument at line 3 becomes relations, which have no text: its inference rule ("Modus ponens") is left out',
    ]);
  });

  it('says what a reconstructed argument leaves out in grammatical English', () => {
    const one = '<A>: Described.\n\n<A>\n\n(1) [P]: p\n----\n(2) [C]: c\n';
    expect(messages(imported(one).warnings)).toEqual([
      '<A> becomes relations, which have no text: its description is left out',
    ]);
    const three = '<A>: Described. #x #y\n\n<A>\n\n(1) [P]: p\n-- R --\n(2) [C]: c\n';
    expect(messages(imported(three).warnings)).toEqual([
      '<A> becomes relations, which have no text: its description, its tags (#(x), #(y)) and its inference rule ("R") are left out',
    ]);
  });
});
