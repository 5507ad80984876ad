// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test/fakeApi';
import { queuedTasks } from '../../test/queuedTasks';
import { ContactSupportButton } from './ContactSupportButton';
import { EntryMenu } from './EntryMenu';

afterEach(cleanup);

interface OpenInput {
  message: string;
  entryIds: string[];
  idempotencyKey: string;
}

/** An API whose openSupportRequest records what it was sent; `refuse` answers the first calls with an error. */
function supportApi(refuse: GraphQLError[] = []) {
  const calls: OpenInput[] = [];
  const api = createFakeApi({
    openSupportRequest: ({ input }: { input: OpenInput }) => {
      calls.push(input);
      const error = refuse.shift();
      if (error) throw error;
      return { id: 'c8a0f9a4-2f42-4c55-9d0f-6f1f3c1f0a11', status: 'OPEN', subject: 'Question' };
    },
    supportRequests: [],
  });
  return { api, calls };
}

const entry = {
  id: '1b2d7d0e-8a55-4e0c-9d3e-2f8f8f6c2a10',
  sequence: 7,
  description: 'Hero AI: question about 3 campaigns, 8,412 tokens',
  amount: '-0.42',
  createdAt: '2026-11-28T10:00:00.000Z',
};

describe('the contact support dialog', () => {
  it("opens from a history row's menu, prefilled with the entry, and sends a request about it", async () => {
    const { api, calls } = supportApi();
    render(
      <api.Providers>
        <EntryMenu entry={entry} />
      </api.Providers>,
    );
    // The menu opens from the keyboard, as from a pointer.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Actions for entry #7' }), { key: 'Enter' });
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Question about this charge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Contact support' });
    const box = within(dialog).getByRole('textbox', { name: 'Your message' }) as HTMLTextAreaElement;
    expect(box.value).toContain('Question about this charge: "Hero AI: question about 3 campaigns, 8,412 tokens"');
    expect(within(dialog).getByTestId('contact-support-about').textContent).toContain('-0.42');

    fireEvent.change(box, { target: { value: `${box.value}I expected about 0.2 credits.` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send to support' }));
    expect(await within(dialog).findByRole('status')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'View your support requests' }).getAttribute('href')).toBe(
      '/support/requests',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ entryIds: [entry.id] });
    expect(calls[0]!.message).toMatch(/8,412 tokens.*\n\nI expected about 0\.2 credits\.$/s);
  });

  it('cannot send an empty message; a refusal is shown and a retry of the same text reuses its key', async () => {
    const { api, calls } = supportApi([
      new GraphQLError('The database is briefly unavailable', { extensions: { code: 'UNAVAILABLE' } }),
    ]);
    render(
      <api.Providers>
        <ContactSupportButton />
      </api.Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    const dialog = await screen.findByRole('dialog', { name: 'Contact support' });
    const send = within(dialog).getByRole('button', { name: 'Send to support' }) as HTMLButtonElement;
    const box = within(dialog).getByRole('textbox', { name: 'Your message' });
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(send.disabled).toBe(true);
    fireEvent.change(box, { target: { value: '   ' } });
    expect(send.disabled).toBe(true);

    fireEvent.change(box, { target: { value: 'My balance dropped overnight' } });
    fireEvent.click(send);
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/briefly unavailable/);
    fireEvent.click(send);
    await within(dialog).findByRole('status');
    expect(calls.map((c) => c.entryIds)).toEqual([[], []]);
    expect(calls[1]!.idempotencyKey).toBe(calls[0]!.idempotencyKey);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe("a history row's menu", () => {
  function renderMenu() {
    const api = createFakeApi({});
    render(
      <api.Providers>
        <EntryMenu entry={entry} />
      </api.Providers>,
    );
    return screen.getByRole('button', { name: 'Actions for entry #7' });
  }

  it('closed with Escape, gives the focus back to its button', async () => {
    const trigger = renderMenu();
    trigger.focus();
    fireEvent.keyDown(trigger, { key: 'Enter' });
    const item = screen.getByRole('menuitem', { name: 'Question about this charge' });
    expect(document.activeElement).toBe(item);
    fireEvent.keyDown(item, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    await queuedTasks();
    expect(document.activeElement).toBe(trigger);
  });

  it('opened again before the focus came back, stays open with the focus in it', async () => {
    const trigger = renderMenu();
    trigger.focus();
    fireEvent.keyDown(trigger, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('menuitem'), { key: 'Escape' });
    // On a busy page the reader can be back on the button and open the menu before Radix's focus return runs.
    trigger.focus();
    fireEvent.keyDown(trigger, { key: 'Enter' });
    const item = screen.getByRole('menuitem', { name: 'Question about this charge' });
    await queuedTasks();
    expect(screen.queryByRole('menu')).not.toBeNull();
    expect(document.activeElement).toBe(item);
  });
});
