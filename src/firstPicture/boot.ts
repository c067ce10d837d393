/**
 * The built page's first script (put into index.html by vite.config.ts): small, so it runs as
 * soon as the HTML is parsed, long before the app has loaded and started. It shows the build's
 * picture of the default map when that is what the app is about to draw.
 */
import { pageStorage } from '../store/storageKeys';
import { SYSTEM_DARK } from '../theme/pageTheme';
import { showFirstPicture } from './firstPicture';
import { firstPictureLanguage } from './firstPictureLanguage';

const language = firstPictureLanguage({
  search: window.location.search,
  hash: window.location.hash,
  storage: pageStorage(),
  browserLanguages: navigator.languages,
  systemDark: window.matchMedia(SYSTEM_DARK).matches,
});
if (language) showFirstPicture(document, language);
