import { createContext, useContext } from 'react';
import type { createAppStore } from './appStore';

export type AppStoreApi = ReturnType<typeof createAppStore>;

export const AppStoreContext = createContext<AppStoreApi | null>(null);

/** The app's store, provided once at the root. */
export function useAppStoreApi(): AppStoreApi {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi outside <AppStoreContext.Provider>');
  return store;
}
