import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fund } from '../support/accounts';
import { eventually, WebhookReceiver } from '../support/webhook-receiver';
import { verifyHeroWebhook, type HeroEvent } from '../support/webhook-verify';
import { signIn, signUpOwner, startE2e, type E2e } from './support/app';
import { expectAccessible } from './support/axe';
import { DESKTOP, newPage } from './support/browser';

let e2e: E2e;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  [e2e] = await Promise.all([startE2e(), receiver.up()]);
});
afterAll(async () => {
  await receiver.down();
  await e2e?.stop();
});

describe('webhook endpoints in the web app', () => {
  it('an owner adds an endpoint, copies its secret once, verifies a delivery and sends it again from the log', async () => {
    const owner = await signUpOwner(e2e.server);
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    page.on('dialog', (dialog) => void dialog.accept());
    try {
      await signIn(page, e2e.server, owner.email, '/settings/webhooks');
      await page.getByLabel('URL').fill(receiver.url);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const notice = page.getByTestId('webhook-secret');
      await notice.waitFor();
      const secret = /^whsec_\S+$/.exec((await notice.locator('code').textContent())?.trim() ?? '')?.[0];
      expect(secret).toBeDefined();
      await expectAccessible(page, 'webhook endpoints with a new secret');

      // Support credits the workspace: the grant reaches the endpoint, signed with that secret.
      await fund(e2e.server.url, owner.workspaceId, '5');
      const granted = await eventually('a signed credits.granted delivery', async () => {
        for (const r of receiver.log) {
          const event = verifyHeroWebhook(r.body, r.headers['hero-signature'] as string, secret!);
          if (event.workspaceId === owner.workspaceId && event.type === 'credits.granted') return event;
        }
        return null;
      });
      expect(granted.data).toMatchObject({ amount: '5' });

      // The secret is shown once: after a reload only its prefix is left.
      await page.reload();
      await page.getByRole('button', { name: 'Deliveries' }).waitFor();
      expect(await page.getByTestId('webhook-secret').count()).toBe(0);
      expect(await page.getByText(secret!).count()).toBe(0);

      // The delivery log shows the answer; "Send again" delivers the same event (same id) once more.
      await page.getByRole('button', { name: 'Deliveries' }).click();
      const row = page.getByRole('row').filter({ hasText: 'credits.granted' });
      await row.waitFor();
      expect(await row.textContent()).toContain('200');
      await expectAccessible(page, 'webhook delivery log');
      const copies = (e: HeroEvent) => receiver.log.filter((r) => (JSON.parse(r.body) as HeroEvent).id === e.id).length;
      const before = copies(granted);
      await row.getByRole('button', { name: `Send again: event ${granted.sequence}` }).click();
      await eventually('the event sent again', async () => copies(granted) > before);
    } finally {
      await context.close();
    }
  });
});
