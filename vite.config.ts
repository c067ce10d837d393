import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Plugin, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// Cached layouts (src/layout/layoutCache.ts) are valid for the build that made them.
const BUILD_ID = Date.now().toString(36);

/**
 * The default map laid out at build time (scripts/vite/defaultMapAtBuild.ts) as two modules,
 * `virtual:bundled-layout-keys` (in the page's first load) and `virtual:bundled-layouts`, and
 * drawn into the built index.html with its fonts preloaded (src/firstPicture). The layout code
 * is loaded through Vite, as the page's code is, not into this config.
 */
function defaultMapAtBuild(build: string): Plugin {
  const KEYS = 'virtual:bundled-layout-keys';
  const LAYOUTS = 'virtual:bundled-layouts';
  const BOOT = 'src/firstPicture/boot.ts';
  let base = '/';
  let building = false;
  let made: Promise<import('./scripts/vite/defaultMapAtBuild').DefaultMapAtBuild> | null = null;
  const make = () => {
    made ??= runnerImport<typeof import('./scripts/vite/defaultMapAtBuild')>(
      fileURLToPath(new URL('./scripts/vite/defaultMapAtBuild.ts', import.meta.url)),
      { configFile: false, logLevel: 'silent' },
    ).then(({ module }) => module.defaultMapAtBuild(build));
    return made;
  };
  return {
    name: 'default-map-at-build',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    buildStart() {
      // A script of its own, not part of the app's entry: it runs as soon as it is in.
      if (building) this.emitFile({ type: 'chunk', id: BOOT, name: 'boot' });
    },
    resolveId: (id) => (id === KEYS || id === LAYOUTS ? `\0${id}` : null),
    async load(id) {
      if (id === `\0${KEYS}`)
        return `export default ${JSON.stringify(Object.keys((await make()).layouts))};`;
      if (id === `\0${LAYOUTS}`) return `export default ${JSON.stringify((await make()).layouts)};`;
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // Built pages only: the dev server's page starts without the picture.
        if (!ctx.bundle) return html;
        // The picture's text is drawn in the app's font: fetched at once, not when CSS asks.
        const fonts = Object.keys(ctx.bundle)
          .filter((f) => /ibm-plex-sans-latin-(400|600)-normal[^/]*\.woff2$/.test(f))
          .map(
            (f) =>
              `<link rel="preload" href="${base}${f}" as="font" type="font/woff2" crossorigin>`,
          );
        const boot = Object.values(ctx.bundle).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(BOOT),
        );
        if (!boot) throw new Error(`${BOOT} was not built`);
        // `async`: it runs as soon as it is in, not after the page's other scripts, so the
        // picture can be painted while the app's own script still loads.
        const script = `<script type="module" async crossorigin src="${base}${boot.fileName}"></script>`;
        const picture = (await make()).pictureHtml;
        // Functions, not strings: a `$` in the map's text must not be read as a pattern.
        let out = html;
        for (const [marker, markup] of [
          ['</head>', fonts.join('')],
          ['<script type="module"', script],
          ['<div id="root"></div>', picture],
        ] as const) {
          if (!out.includes(marker)) throw new Error(`index.html has no ${marker}`);
          out = out.replace(marker, () => `${markup}${marker}`);
        }
        return out;
      },
    },
  };
}

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
    react(),
    // The default map laid out and drawn at build time: a first visit starts no ELK for it.
    defaultMapAtBuild(BUILD_ID),
    // A service worker caches the whole app on the first visit: it then opens and works with
    // the network off (a classroom's Wi-Fi), and it can be installed.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Argument map',
        short_name: 'Argument map',
        description: 'Maps the argument of a text: claims, reasons and objections.',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1e3a8a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the app may load, workers, fonts and lazily loaded parts included.
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,json,wasm}'],
        // Argdown's parser and the PDF libraries are big single files.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        globIgnores: ['screenshot.png'],
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // One Chromium at a time on a 2-core machine; pages are slow under load.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A relayout on a loaded 2-core machine can take seconds: polls wait for it.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
