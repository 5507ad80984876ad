import { describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../support/pg-harness';
import { dbKind, spawnServer } from '../support/server';
import { signUp, fund } from '../support/accounts';
import { gqlOk, uniqueKey } from '../support/gql';
import { watchBalance } from '../support/live';

describe(`process lifecycle (${dbKind()})`, () => {
  it('stops on SIGTERM after finishing the request in flight, with exit code 0', async () => {
    const scratch = await createScratchDatabase('lifecycle');
    const server = await spawnServer(scratch.url, { AI_LATENCY_MS: '300' });
    try {
      const owner = await signUp(server.url, 'graceful');
      await fund(server.url, owner.workspaceId, '5');
      const exit = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
      // A metered Hero AI message takes ~300 ms; the server must finish it before exiting.
      const inFlight = gqlOk(
        server.url,
        'mutation($i: SendHeroAiMessageInput!) { sendHeroAiMessage(input: $i) { charge { charged } } }',
        { i: { text: 'How are my campaigns doing?', idempotencyKey: uniqueKey() } },
        owner.token,
      );
      const watcher = watchBalance(server.url, owner.token);
      await watcher.message((b) => b.reserved !== '0', 'the hold of the running message');
      server.child.kill('SIGTERM');
      const answer = await inFlight;
      expect(Number(answer.sendHeroAiMessage.charge.charged)).toBeGreaterThan(0);
      await watcher.stop();
      expect(await exit).toBe(0);
    } finally {
      await server.stop();
      await scratch.drop();
    }
  });
});
