import { createContext, useContext } from 'react';
import type { AppApollo } from './apollo';

export const AppApolloContext = createContext<Pick<AppApollo, 'restartLive'>>({ restartLive: () => undefined });
export const useAppApollo = () => useContext(AppApolloContext);
