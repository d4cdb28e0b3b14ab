import { createContext, useContext } from 'react';
import type { TokencastBridge } from '../../shared/ipc';
import type { DocumentStore } from '../state/document-store';
import type { SessionStore } from '../state/session-store';

/** What every part of the UI reaches: the two stores and the host bridge. */
export interface AppServices {
  readonly documentStore: DocumentStore;
  readonly sessionStore: SessionStore;
  readonly bridge: TokencastBridge;
}

const AppContext = createContext<AppServices | undefined>(undefined);

/** Provides the services to the tree. */
export const AppProvider = AppContext.Provider;

/** The app's services; only inside {@link AppProvider}. */
export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside AppProvider');
  return services;
}
