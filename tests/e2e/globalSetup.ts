import type { TestProject } from 'vitest/node';
import { serveBuiltApp } from '../browser/server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Builds the app once and serves it for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await serveBuiltApp();
  project.provide('appUrl', server.url);
  return () => server.close();
}
