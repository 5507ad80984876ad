import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The counters of the sign-in throttle, in the shape rate-limiter-flexible's PostgreSQL and SQLite stores
 * read and write (`key`, `points`, `expire` in epoch ms). Declared here so the migration creates the table
 * and the limiter never issues DDL at run time. Only the limiter reads or writes it.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottleCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  @Property({ type: 'bigint', nullable: true })
  expire: string | null = null;
}
