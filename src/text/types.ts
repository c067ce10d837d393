/** A reviewable, per-document join: `from` as it stands in the raw text, `to` with spaces removed. */
export type JoinRule = {
  from: string;
  to: string;
  reason?: string;
};

/** Which rule made an edit; names match the rules documented in cleanText.ts. */
export type EditRule =
  | 'join-list'
  | 'line-break-hyphen'
  | 'real-hyphen'
  | 'suspended-compound'
  | 'linking-s'
  | 'noun-suffix'
  | 'open-syllable'
  | 'same-document'
  | 'footer'
  | 'heading';

/** One change, from the (whitespace-normalised) raw span to what the clean text has instead. */
export type CleanEdit = {
  /** Every rule that contributed, in order (several joins can build one word). */
  rules: EditRule[];
  from: string;
  to: string;
  /** The join list's reason, for `join-list` edits. */
  reason?: string;
};

export type Footer = { page: number; runningTitle: string };

export type CleanOptions = {
  /** Per-document joins for splits no general rule can decide (e.g. `in dem sie` -> `indem sie`). */
  joins?: readonly JoinRule[];
  /** Look for a glued page footer (page number + running title) at the end; default true. */
  detectFooter?: boolean;
};

export type CleanResult = {
  text: string;
  footer?: Footer;
  /** What was changed and by which rule, for review. */
  edits: CleanEdit[];
  /** Join entries that were rejected or matched nothing, and similar notes. */
  warnings: string[];
};
