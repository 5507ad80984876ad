// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test/fakeApi';
import { queuedTasks } from '../../test/queuedTasks';
import { NotificationBell } from './NotificationBell';
import { NotificationsProvider } from './NotificationsProvider';

afterEach(cleanup);

const notification = (id: string, title: string, read: boolean) => ({
  cursor: id,
  node: { id, title, body: `${title}: the numbers`, read, createdAt: '2026-12-08T09:00:00.000Z' },
});

describe('the notification bell', () => {
  it('shows the live unread count, lists what fired and marks it all read', async () => {
    let unread = 2;
    const marked: unknown[] = [];
    const api = createFakeApi({
      notifications: () => ({
        unreadCount: unread,
        edges: [
          notification('n2', 'Balance below 5.00 credits', unread === 0),
          notification('n1', 'Credits run out before renewal', unread === 0),
        ],
        pageInfo: { hasNextPage: false, endCursor: null },
      }),
      markNotificationsRead: (args: unknown) => {
        marked.push(args);
        unread = 0;
        return { unreadCount: 0, lowBalance: true };
      },
    });
    render(
      <api.Providers>
        <NotificationsProvider>
          <NotificationBell />
        </NotificationsProvider>
      </api.Providers>,
    );

    const bell = await screen.findByTestId('notification-bell');
    expect(bell.getAttribute('aria-label')).toBe('Notifications');
    act(() => api.push('notificationsChanged', { unreadCount: 2, lowBalance: true }));
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('Notifications, 2 unread'));
    expect(screen.getByTestId('notification-count').textContent).toBe('2');

    fireEvent.click(bell);
    const list = await screen.findByTestId('notification-list');
    expect(list.textContent).toMatch(/Unread: Balance below 5\.00 credits/);
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('Notifications'));
    expect(marked).toEqual([{ ids: null }]);
    expect(screen.queryByTestId('notification-count')).toBeNull();
  });

  describe('closed with Escape', () => {
    function renderBell() {
      const api = createFakeApi({
        notifications: () => ({
          unreadCount: 0,
          edges: [notification('n1', 'Balance below 5.00 credits', true)],
          pageInfo: { hasNextPage: false, endCursor: null },
        }),
      });
      render(
        <api.Providers>
          <NotificationsProvider>
            <NotificationBell />
            <button type="button">Next</button>
          </NotificationsProvider>
        </api.Providers>,
      );
    }

    it('gives the focus back to the bell', async () => {
      renderBell();
      const bell = await screen.findByTestId('notification-bell');
      fireEvent.click(bell);
      await screen.findByTestId('notification-list');
      fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
      expect(screen.queryByTestId('notifications-popover')).toBeNull();
      await queuedTasks();
      expect(document.activeElement).toBe(bell);
    });

    it('leaves the focus where the reader has moved it since', async () => {
      renderBell();
      fireEvent.click(await screen.findByTestId('notification-bell'));
      await screen.findByTestId('notification-list');
      fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
      const next = screen.getByRole('button', { name: 'Next' });
      next.focus();
      await queuedTasks();
      expect(document.activeElement).toBe(next);
    });
  });
});
