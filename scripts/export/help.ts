/** The text of `--help`; `dataFormats` are the ids of src/formats' exporters. */
export function helpText(dataFormats: readonly string[]): string {
  return `Exports an argument map file as a diagram or in a data format.

Usage: npm run export -- <map file> --out <file> [options]

The map file may be the app's JSON, Argdown (.argdown), AIF JSON (AIFdb, OVA) or a Kialo
discussion export (.txt); the format is told from the name and the content.

  -o, --out FILE         where to write; - writes text formats (svg and data formats) to stdout
  -f, --format FORMAT    svg, png, pdf${dataFormats.map((f) => `, ${f}`).join('')}
                         (optional when --out's extension names the format)
  --labels source|gloss  box text: the source's wording (default) or the English gloss

Diagrams (svg, png, pdf):
  --language en|de       language of the legend and the node headers (default en)
  --direction up|right   conclusion on top (default) or on the right
  --density compact|roomy  space between the boxes (default compact)
  --collapse ID,ID       fold these nodes' reasons away; each shows a +N badge
  --no-legend            leave out the legend under the map
  --title                draw the map's own title above the diagram (default: no title)
  --title "TEXT"         draw TEXT as the title instead: the word after --title is its text
                         unless it starts with - (then write --title=TEXT)
  --source-line          name the source under the map: its citation and page
  --background white|transparent   SVG and PNG only (default white)
  --scale 1|2|4          PNG only: pixels per diagram pixel (default 2)
  --page fit|a4|letter   PDF only: a page the diagram's size (default), or paper with the
                         diagram scaled to fit inside margins
  --orientation auto|portrait|landscape   with --page a4 or letter: which way round the
                         paper is (default auto: the way the diagram is drawn larger)
  -h, --help             show this text

PNG and PDF are drawn by headless Chromium: /usr/bin/chromium (Debian package chromium)
or the browser CHROMIUM_PATH names. The PDF embeds IBM Plex Sans (Latin, Greek, Cyrillic,
Vietnamese); for other scripts (Chinese, Hebrew, Arabic…, emoji) Chromium uses the
machine's own fonts if it has them, and a note names the boxes that need them.

Exit codes: 0 written, 1 bad map file or export failed, 2 bad command line.

Examples:
  npm run export -- data/default-map.json --out map.svg
  npm run export -- data/default-map.json --out map.png --scale 4 --title --source-line
  npm run export -- data/default-map.json --out map.pdf --page a4 --language de
  npm run export -- data/default-map.json --format argdown --labels gloss --out -
`;
}
