// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test/fakeApi';
import SupportRequestsPage from './SupportRequestsPage';

afterEach(cleanup);

const me = { __typename: 'User', id: 'u1', name: 'Ada', email: 'ada@hero.test' };
const message = (id: string, fromStaff: boolean, body: string, authorName = fromStaff ? 'Sam' : 'Ada') => ({
  id,
  fromStaff,
  authorId: fromStaff ? 'staff' : 'u1',
  authorName,
  body,
  createdAt: '2026-11-29T09:00:00.000Z',
});

function request(status: string, messages: ReturnType<typeof message>[]) {
  return {
    __typename: 'SupportRequest',
    id: `r-${status}`,
    workspaceId: 'w1',
    workspaceName: "Ada's workspace",
    author: { id: 'u1', name: 'Ada', email: 'ada@hero.test' },
    status,
    subject: `Question ${status}`,
    createdAt: '2026-11-29T08:00:00.000Z',
    updatedAt: '2026-11-29T09:00:00.000Z',
    entries: [
      {
        id: 'e1',
        sequence: 4,
        type: 'CHARGE',
        description: 'Campaign setup: 2 ad groups',
        amount: '-1.7',
        createdAt: '2026-11-28T10:00:00.000Z',
      },
    ],
    messages,
  };
}

describe('the support requests page', () => {
  it('lists each request with its status, the entries it is about and the conversation; a member can reply', async () => {
    const replies: { requestId: string; message: string }[] = [];
    const answered = request('ANSWERED', [
      message('m1', false, 'Why 1.7?'),
      message('m2', true, 'Two ad groups at 0.85 each.'),
    ]);
    const api = createFakeApi({
      viewer: { user: me },
      supportRequests: [answered, request('CLOSED', [message('m3', false, 'Old question')])],
      replyToSupportRequest: ({ input }: { input: { requestId: string; message: string } }) => {
        replies.push(input);
        return { ...answered, status: 'OPEN', messages: [...answered.messages, message('m4', false, input.message)] };
      },
    });
    render(
      <api.Providers path="/support/requests">
        <SupportRequestsPage />
      </api.Providers>,
    );
    const list = await screen.findByRole('list', { name: 'Your support requests' });
    const [first, second] = within(list).getAllByRole('article');
    expect(within(first!).getByRole('heading', { name: 'Question ANSWERED' })).toBeTruthy();
    expect(within(first!).getByTestId('support-request-status').textContent).toBe('Answered');
    expect(within(first!).getByRole('list', { name: 'Entries this request is about' }).textContent).toContain(
      'Campaign setup: 2 ad groups',
    );
    expect(within(first!).getByTestId('support-answer').textContent).toContain('Two ad groups at 0.85 each.');
    expect(within(second!).getByTestId('support-request-status').textContent).toBe('Closed');
    expect(within(second!).queryByRole('textbox')).toBeNull();

    const box = within(first!).getByRole('textbox', { name: 'Reply to “Question ANSWERED”' });
    fireEvent.change(box, { target: { value: 'And the second one?' } });
    fireEvent.click(within(first!).getByRole('button', { name: 'Send reply' }));
    expect(await within(first!).findByText('Waiting for support')).toBeTruthy();
    expect(
      within(first!)
        .getAllByTestId('support-message')
        .map((m) => m.textContent),
    ).toEqual([expect.stringContaining('Why 1.7?'), expect.stringContaining('And the second one?')]);
    expect(replies).toEqual([expect.objectContaining({ requestId: 'r-ANSWERED', message: 'And the second one?' })]);
  });
});
