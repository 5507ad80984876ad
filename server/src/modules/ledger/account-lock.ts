import type { EntityManager } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import { BetterSqlitePlatform } from '@mikro-orm/better-sqlite';
import { CreditAccount } from './ledger.entities';

/**
 * The ledger's lock on the workspace, held by the caller's transaction until it ends. PostgreSQL: the account row
 * FOR UPDATE. SQLite: a no-op write, so the transaction holds the database's write lock from here (SQLite has one
 * writer at a time). Every writer that touches a workspace's money or its event feed takes this lock first.
 */
export async function lockAccount(em: EntityManager, workspaceId: string): Promise<void> {
  if (await takeSqliteWriteLock(em, workspaceId)) return;
  await em.findOne(CreditAccount, { workspaceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, fields: ['workspaceId'] });
}

/** Takes the lock as lockAccount does and returns the account read under it (null: no such workspace). */
export async function lockAndReadAccount(em: EntityManager, workspaceId: string): Promise<CreditAccount | null> {
  if (await takeSqliteWriteLock(em, workspaceId)) return em.findOne(CreditAccount, { workspaceId });
  return em.findOne(CreditAccount, { workspaceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** SQLite only: the no-op write; false on any other database. */
async function takeSqliteWriteLock(em: EntityManager, workspaceId: string): Promise<boolean> {
  if (!(em.getPlatform() instanceof BetterSqlitePlatform)) return false;
  await em
    .getConnection()
    .execute(
      'update credit_account set version = version where workspace_id = ?',
      [workspaceId],
      'run',
      em.getTransactionContext(),
    );
  return true;
}
