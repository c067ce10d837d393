/**
 * The built page's first script (put into index.html by vite.config.ts): small, so it runs as
 * soon as the HTML is parsed, long before the app has loaded and started. It shows the build's
 * picture of the default map when that is what the app is about to draw.
 */
import { showFirstPicture } from './firstPicture';
import { firstPictureLanguage } from './firstPictureLanguage';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Storage blocked: the page starts as on a first visit.
  }
})();
const language = firstPictureLanguage({
  search: window.location.search,
  hash: window.location.hash,
  storage,
  browserLanguages: navigator.languages,
  systemDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
});
if (language) showFirstPicture(document, language);
