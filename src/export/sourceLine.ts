import { RESOURCES, type UiLanguage } from '../i18n/resources';
import type { Source } from '../model/types';

/** "Citation, p. 229": the line under an exported diagram naming where the argument is from. */
export function sourceLineOf(source: Source, language: UiLanguage): string | undefined {
  const citation = source.citation?.trim() ?? '';
  // Citations often end with their page already ("…, S. 229"): don't name it twice.
  const named = source.page !== undefined && new RegExp(`\\b${source.page}$`).test(citation);
  // The page phrase reads ", p. 229": it follows the citation.
  const page =
    source.page === undefined || named
      ? ''
      : RESOURCES[language].details.page.replace('{{page}}', String(source.page));
  const line = `${citation}${page}`.replace(/^,\s*/, '');
  return line === '' ? undefined : line;
}
