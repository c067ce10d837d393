import { createContext, useContext } from 'react';
import type { ArgumentMap } from '../model/types';
import type { Library } from './library';

/** The user's saved maps (null where the browser keeps no storage) and the bundled map. */
export interface LibraryAccess {
  library: Library | null;
  defaultMap: ArgumentMap;
}

export const LibraryContext = createContext<LibraryAccess | null>(null);

export function useLibrary(): LibraryAccess {
  const access = useContext(LibraryContext);
  if (!access) throw new Error('useLibrary outside <LibraryContext.Provider>');
  return access;
}
