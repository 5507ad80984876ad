import { executionAsyncId } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../db/orm';
import { createScratchDatabase } from '../db/scratch';
import { Workspace } from '../modules/workspaces/workspace.entity';

/** The async id a promise continuation runs under: 0 when no async hook is on. */
const continuationId = async (): Promise<number> => {
  await null;
  return executionAsyncId();
};

let orm: MikroORM;
let drop: () => Promise<void>;

beforeAll(async () => {
  const scratch = await createScratchDatabase('async_scopes', '');
  drop = scratch.drop;
  orm = await openDatabase({ kind: 'sqlite', path: scratch.url.slice('sqlite:'.length) });
});

afterAll(async () => {
  await orm.close(true);
  await drop();
});

describe('the ORM’s async-local scopes', () => {
  it('keep each of several concurrent transactions on its own entity manager', async () => {
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
    const seen = await Promise.all(
      [1, 2, 3].map(() =>
        orm.em.transactional(async (em) => {
          await em.find(Workspace, {}, { limit: 1 });
          await turn();
          await em.find(Workspace, {}, { limit: 1 });
          await turn();
          return orm.em.getContext() === em;
        }),
      ),
    );
    expect(seen).toEqual([true, true, true]);
  });

  it('leave no hook on every promise once the ORM’s work has ended', async () => {
    const em = orm.em.fork();
    const during = em.find(Workspace, {}, { limit: 1 });
    await orm.em.transactional(async (inner) => {
      expect(await continuationId()).toBeGreaterThan(0);
      await inner.find(Workspace, {}, { limit: 1 });
    });
    await during;
    expect(await continuationId()).toBe(0);
  });
});
