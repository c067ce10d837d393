// Set by Vite at build time (vite.config.ts); absent when the code runs under tsx or Node.
declare const __BUILD_ID__: string | undefined;

/** Which build this is: a cached layout from another build may have been measured otherwise. */
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';
