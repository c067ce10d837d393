// Apart from the code that uses it: the page's first script reads it too (src/firstPicture).

/** Where the last change goes as the page closes: IndexedDB may not finish a write by then. */
export const UNSAVED_KEY = 'argument-map:unsaved';
