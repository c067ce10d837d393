/** The fragment parameter that carries a shared map. */
export const MAP_PARAM = 'map';

/** The compressed map in a fragment (`#map=…`, possibly among other `&`-separated parts). */
export function mapParam(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${MAP_PARAM}=`)) return part.slice(MAP_PARAM.length + 1);
  }
  return null;
}
