import type { ArgumentMap } from '../model/types';

/**
 * What every edit returns: the new map (plus what the caller may want to know, such as a new
 * id), or a refusal the interface can show as it is. `Record<never, never>` is `{}` without
 * the linter's objection to `{}`.
 */
export type EditResult<T = Record<never, never>> =
  | ({ ok: true; map: ArgumentMap } & T)
  | { ok: false; message: string };

export function refuse(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
