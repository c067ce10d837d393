/**
 * Finds a page footer that PDF extraction glued to the end of the body: a page number followed
 * by a short running title (`229 Sicherheits- und Verteidigungspolitik von Kleinstaaten`).
 * Detected by shape, not by content, so it works for any book's footer.
 */
import { isFunctionWord, words } from './germanWords';
import type { Footer } from './types';
import { joinLineBreakHyphens } from './wordJoins';

/** Running titles are short. */
const MAX_TITLE_WORDS = 12;

/** Words that are followed by a number in running text, never by a page footer. */
const NUMBER_CUES = words(`
  seite s kapitel abschnitt nr jahr jahre jahren artikel art absatz abs ziffer anhang tabelle
  abbildung abb tab fig figure page p pp ca rund etwa fast knapp
`);

/** A title token: no digits and no sentence or quote punctuation (a lone debris hyphen is fine). */
const isTitleToken = (token: string): boolean => !/[\p{N}.,;:!?«»"“”„()[\]]/u.test(token);

/** Page numbers, but not years, which a sentence cut off by the page could end with. */
const isPageNumber = (token: string): boolean => {
  if (!/^\d{1,4}$/u.test(token)) return false;
  const page = Number(token);
  return page > 0 && (page < 1800 || page > 2099);
};

export type FooterSplit = { body: string; footer?: Footer; raw?: string };

/**
 * Splits `text` (one paragraph, tokens separated by single spaces) into body and footer.
 * `standalone`: the paragraph may be the footer alone (a body paragraph precedes it).
 */
export function takeFooter(text: string, standalone = false): FooterSplit {
  const tokens = text.split(' ');
  let start = tokens.length;
  while (start > 0 && isTitleToken(tokens[start - 1] ?? '')) start--;
  const pageIndex = start - 1;
  const pageToken = tokens[pageIndex];
  const title = tokens.slice(start);
  const titleWords = title.filter((t) => t !== '-').length;
  const before = tokens[pageIndex - 1];
  if (
    pageToken === undefined ||
    (before === undefined && !standalone) ||
    !isPageNumber(pageToken) ||
    titleWords === 0 ||
    titleWords > MAX_TITLE_WORDS ||
    !/^\p{Lu}/u.test(title[0] ?? '')
  ) {
    return { body: text };
  }
  const cue = (before ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();
  if (isFunctionWord(cue) || NUMBER_CUES.has(cue)) return { body: text };
  const runningTitle = joinLineBreakHyphens(title)
    .map((w) => w.text)
    .join(' ');
  return {
    body: tokens.slice(0, pageIndex).join(' '),
    footer: { page: Number(pageToken), runningTitle },
    raw: tokens.slice(pageIndex).join(' '),
  };
}
