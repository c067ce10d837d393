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
    await build({ root, logLevel: 'warn' });
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
