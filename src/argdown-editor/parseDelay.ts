/** Typing settles this long before the text is read: short enough to feel live. */
export const PARSE_DELAY_MS = 150;
