import { useSubscription } from '@apollo/client/react';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../../gql';

const NotificationsChangedSubscription = graphql(`
  subscription NotificationsChanged {
    notificationsChanged {
      unreadCount
      lowBalance
    }
  }
`);

export interface NotificationSummary {
  unreadCount: number;
  /** A balance alert of the workspace has fired and not cleared: the balance shows as low. */
  lowBalance: boolean;
}

interface Value {
  summary: NotificationSummary;
  /** What a mutation answered (marking read), until the next push. */
  setSummary: (summary: NotificationSummary) => void;
}

const EMPTY: NotificationSummary = { unreadCount: 0, lowBalance: false };
const NotificationsContext = createContext<Value>({ summary: EMPTY, setSummary: () => undefined });

/** The bell's numbers, live over the same WebSocket as the balance, for everything in the signed-in shell. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [summary, setSummary] = useState<NotificationSummary>(EMPTY);
  useSubscription(NotificationsChangedSubscription, {
    onData: ({ data: { data } }) => {
      if (data) setSummary(data.notificationsChanged);
    },
  });
  const value = useMemo(() => ({ summary, setSummary }), [summary]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

/** Outside the shell (tests of single components) there is nothing unread and nothing low. */
export const useNotificationSummary = (): NotificationSummary => useContext(NotificationsContext).summary;
export const useSetNotificationSummary = () => useContext(NotificationsContext).setSummary;
