import { describe, expect, it } from 'vitest';
import { type ExportArgs, parseExportArgs } from './args';

const DATA = [
  { id: 'json', extension: '.json' },
  { id: 'argdown', extension: 'argdown' },
  { id: 'aif', extension: '.aif.json' },
];
const parse = (...argv: string[]) => parseExportArgs(argv, DATA) as ExportArgs;
const fails = (argv: string[], message: RegExp) =>
  expect(() => parseExportArgs(argv, DATA)).toThrow(message);

describe('parseExportArgs', () => {
  it('fills in the defaults', () => {
    const args = parse('map.json', '--out', 'x.svg');
    expect(args).toMatchObject({ file: 'map.json', format: 'svg', out: 'x.svg', scale: 2 });
    expect(args.diagram).toEqual({
      layout: { direction: 'up', density: 'compact', labels: 'source', language: 'en' },
      collapse: [],
      legend: true,
      title: false,
      sourceLine: false,
      background: 'white',
    });
  });

  it('tells the format by the longest matching extension', () => {
    expect(parse('m.json', '-o', 'x.PNG').format).toBe('png');
    expect(parse('m.json', '-o', 'x.json').format).toBe('json');
    expect(parse('m.json', '-o', 'x.aif.json').format).toBe('aif');
    expect(parse('m.json', '-o', 'x.argdown').format).toBe('argdown');
    expect(parse('m.json', '-o', 'x.ad').format).toBe('argdown');
    expect(parse('m.json', '-o', 'x.txt', '-f', 'argdown').format).toBe('argdown');
    fails(['m.json', '-o', 'x.txt'], /give --format/);
    fails(['m.json', '-o', '-'], /give --format/);
  });

  it('reads --title alone as the map title, and --title TEXT as that text', () => {
    expect(parse('m.json', '-o', 'x.svg', '--title').diagram.title).toBe(true);
    expect(parse('m.json', '--title', '-o', 'x.svg').diagram.title).toBe(true);
    expect(parse('m.json', '-o', 'x.svg', '--title', 'Mine').diagram.title).toBe('Mine');
    expect(parse('m.json', '-o', 'x.svg', '--title=-dash').diagram.title).toBe('-dash');
    fails(['m.json', '-o', 'x.svg', '--title='], /--title/);
  });

  it('reads the diagram options', () => {
    const args = parse(
      ...['m.json', '-o', 'x.png', '--scale', '4', '--background', 'transparent'],
      ...['--labels', 'gloss', '--language', 'de', '--direction', 'right', '--density', 'roomy'],
      ...['--collapse', 'a, b,', '--no-legend', '--source-line'],
    );
    expect(args.scale).toBe(4);
    expect(args.diagram).toEqual({
      layout: { direction: 'right', density: 'roomy', labels: 'gloss', language: 'de' },
      collapse: ['a', 'b'],
      legend: false,
      title: false,
      sourceLine: true,
      background: 'transparent',
    });
    expect(parse('m.json', '-o', 'x.pdf', '--page', 'letter').page).toBe('letter');
  });

  it('rejects bad values, and options the format does not use', () => {
    fails(['m.json', '-o', 'x.png', '--scale', '3'], /--scale must be 1, 2 or 4, not '3'/);
    fails(['m.json', '-o', 'x.pdf', '--page', 'a3'], /--page must be fit, a4 or letter/);
    fails(['m.json', '-o', 'x.svg', '--scale', '2'], /--scale does not apply to svg/);
    fails(['m.json', '-o', 'x.json', '--no-legend'], /--no-legend does not apply to json/);
    fails(['m.json', '-o', 'x.json', '--title'], /--title does not apply to json/);
    fails(['m.json', '-o', 'x.pdf', '--background', 'transparent'], /--background does not/);
    fails(['m.json', '-o', '-', '-f', 'png'], /png is binary/);
    fails(['m.json', '-o', 'x.svg', '-f', 'bmp'], /unknown format 'bmp'/);
    fails(['m.json', 'n.json', '-o', 'x.svg'], /one map file/);
    fails(['-o', 'x.svg'], /give a map file/);
    fails(['m.json'], /--out is required/);
    fails(['m.json', '-o', 'x.svg', '--frob'], /Unknown option '--frob'/);
  });

  it('asks for help', () => {
    expect(parseExportArgs(['--help'], DATA)).toBeNull();
    expect(parseExportArgs(['-h', '--frob'], DATA)).toBeNull();
  });

  it('turns paper as asked, by default the way the map is drawn larger', () => {
    expect(parse('m.json', '-o', 'x.pdf', '--page', 'a4')).toMatchObject({
      page: 'a4',
      orientation: 'auto',
    });
    expect(
      parse('m.json', '-o', 'x.pdf', '--page', 'letter', '--orientation', 'portrait'),
    ).toMatchObject({ orientation: 'portrait' });
    fails(
      ['m.json', '-o', 'x.pdf', '--page', 'a4', '--orientation', 'upright'],
      /--orientation must be auto, portrait or landscape/,
    );
    fails(['m.json', '-o', 'x.pdf', '--orientation', 'portrait'], /give --page a4/);
    fails(
      ['m.json', '-o', 'x.png', '--orientation', 'portrait'],
      /--orientation does not apply to png/,
    );
  });
});
