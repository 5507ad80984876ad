import { useMutation, useQuery } from '@apollo/client/react';
import * as Popover from '@radix-ui/react-popover';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../app/icons';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { unlessFocusMoved } from '../../ui/focusReturn';
import { useNotificationSummary, useSetNotificationSummary } from './NotificationsProvider';

const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 20) {
      unreadCount
      edges {
        node {
          id
          title
          body
          read
          createdAt
        }
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids) {
      unreadCount
      lowBalance
    }
  }
`);

/** The bell in the shell: the unread count, live; opens the latest notifications. */
export function NotificationBell() {
  const { unreadCount } = useNotificationSummary();
  const [open, setOpen] = useState(false);
  const label = unreadCount ? `Notifications, ${unreadCount} unread` : 'Notifications';
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="btn btn-sm icon-button bell-button"
          aria-label={label}
          data-testid="notification-bell"
        >
          <Icon name="bell" />
          {unreadCount > 0 && (
            <span className="badge badge-danger bell-count" aria-hidden="true" data-testid="notification-count">
              {unreadCount > 99 ? '99+' : unreadCount}
            </span>
          )}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover notifications-popover"
          side="bottom"
          align="start"
          sideOffset={8}
          collisionPadding={12}
          aria-labelledby="notifications-title"
          data-testid="notifications-popover"
          onCloseAutoFocus={unlessFocusMoved}
        >
          <NotificationList unreadCount={unreadCount} onNavigate={() => setOpen(false)} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function NotificationList({ unreadCount, onNavigate }: { unreadCount: number; onNavigate: () => void }) {
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const setSummary = useSetNotificationSummary();
  const [markRead, { loading: marking }] = useMutation(MarkReadMutation);
  const [failure, setFailure] = useState<string | null>(null);

  // A new one arrived while the list is open.
  useEffect(() => {
    if (data && unreadCount !== data.notifications.unreadCount) void refetch().catch(() => undefined);
  }, [unreadCount, data, refetch]);

  const onMarkAll = async () => {
    setFailure(null);
    try {
      const result = await markRead({ variables: { ids: null } });
      if (result.data) setSummary(result.data.markNotificationsRead);
      await refetch();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  const edges = data?.notifications.edges ?? [];
  return (
    <div className="stack">
      <div className="row-between">
        <h2 id="notifications-title">Notifications</h2>
        {unreadCount > 0 && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => void onMarkAll()} disabled={marking}>
            Mark all read
          </button>
        )}
      </div>
      {loading && !data && <p className="muted small">Loading…</p>}
      {error && !data && <p className="form-error">{errorMessage(error)}</p>}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {data && !edges.length && <p className="muted small">Nothing yet. Alerts you set up show here when they fire.</p>}
      {edges.length > 0 && (
        <ul className="notification-list" data-testid="notification-list">
          {edges.map(({ node }) => (
            <li key={node.id} className={node.read ? '' : 'is-unread'}>
              <strong>
                {!node.read && <span className="sr-only">Unread: </span>}
                {node.title}
              </strong>
              <p className="small">{node.body}</p>
              <time className="muted small" dateTime={node.createdAt}>
                {formatDateTime(node.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
      <Link to="/settings/billing#alerts" className="small" onClick={onNavigate}>
        Alert settings
      </Link>
    </div>
  );
}
