// Modules made by the build (vite.config.ts, scripts/vite/defaultMapLayouts.ts).

declare module 'virtual:bundled-layout-keys' {
  const keys: readonly string[];
  export default keys;
}

declare module 'virtual:bundled-layouts' {
  import type { MapLayout } from './layout/types';

  const layouts: Readonly<Record<string, MapLayout>>;
  export default layouts;
}
