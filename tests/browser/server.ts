import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the app (unless `dist/` is fresh enough for the caller) and serves it on a free port. */
export async function serveBuiltApp(options: { rebuild?: boolean } = {}): Promise<AppServer> {
  if (options.rebuild !== false || !existsSync(`${root}/dist/index.html`)) {
    // Vite bakes NODE_ENV into the bundle; under Vitest it is `test`, which would ship React's
    // slow development build. Users get the production build, so tests and bench do too.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root, logLevel: 'warn', mode: 'production' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  const server = await preview({
    root,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
