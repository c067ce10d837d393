import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Plugin, runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// Cached layouts (src/layout/layoutCache.ts) are valid for the build that made them.
const BUILD_ID = Date.now().toString(36);

/**
 * The default map laid out at build time (scripts/vite/defaultMapLayouts.ts) as two modules:
 * `virtual:bundled-layout-keys` (in the page's first load) and `virtual:bundled-layouts`.
 * The layout code is loaded through Vite, as the page's code is, not into this config.
 */
function bundledLayouts(build: string): Plugin {
  const KEYS = 'virtual:bundled-layout-keys';
  const LAYOUTS = 'virtual:bundled-layouts';
  let made: Promise<Record<string, unknown>> | null = null;
  const layouts = () => {
    made ??= runnerImport<typeof import('./scripts/vite/defaultMapLayouts')>(
      fileURLToPath(new URL('./scripts/vite/defaultMapLayouts.ts', import.meta.url)),
      { configFile: false, logLevel: 'silent' },
    ).then(({ module }) => module.defaultMapLayouts(build));
    return made;
  };
  return {
    name: 'bundled-layouts',
    resolveId: (id) => (id === KEYS || id === LAYOUTS ? `\0${id}` : null),
    async load(id) {
      if (id === `\0${KEYS}`)
        return `export default ${JSON.stringify(Object.keys(await layouts()))};`;
      if (id === `\0${LAYOUTS}`) return `export default ${JSON.stringify(await layouts())};`;
      return null;
    },
  };
}

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [
    react(),
    // The default map laid out at build time: a first visit starts no ELK for it.
    bundledLayouts(BUILD_ID),
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
