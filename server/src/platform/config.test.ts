import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { CONFIG_VARIABLES, ConfigError, DEFAULT_PLANS, loadConfig } from './config';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
};

describe('configuration from the environment', () => {
  it('starts with nothing set: SQLite under data/, the default plans, local Stripe', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'sqlite', path: 'data/hero.sqlite' });
    expect(c.plans).toEqual(DEFAULT_PLANS);
    expect(c.STRIPE_SECRET_KEY).toBeUndefined();
    expect(c.PORT).toBe(4000);
  });

  it('uses PostgreSQL when DATABASE_URL says so, and treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db' }).database).toEqual({
      kind: 'postgresql',
      url: 'postgresql://u@h:5432/db',
    });
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('sqlite');
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must start with postgresql:\/\/ or sqlite:/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ HOLD_TTL_MS: '5' }, /^HOLD_TTL_MS: /],
    [{ LEDGER_OPTIMISTIC_ROUNDS: '-1' }, /^LEDGER_OPTIMISTIC_ROUNDS: /],
    [{ LEDGER_OPTIMISTIC_ROUNDS: '201' }, /^LEDGER_OPTIMISTIC_ROUNDS: /],
    [{ LEDGER_OPTIMISTIC_ROUNDS: '1.5' }, /^LEDGER_OPTIMISTIC_ROUNDS: /],
    [{ LEDGER_OPTIMISTIC_ROUNDS: 'many' }, /^LEDGER_OPTIMISTIC_ROUNDS: /],
    [{ PLANS_JSON: '{not json' }, /^PLANS_JSON: must be valid JSON/],
    [{ PLANS_JSON: '[]' }, /^PLANS_JSON: /],
    [
      { PLANS_JSON: JSON.stringify([{ ...DEFAULT_PLANS[0], creditsPerPeriod: -1 }]) },
      /^PLANS_JSON\.0\.creditsPerPeriod: /,
    ],
    [{ PLANS_JSON: JSON.stringify([DEFAULT_PLANS[0], DEFAULT_PLANS[0]]) }, /appears twice/],
    [
      { STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' },
      /^STRIPE_SECRET_KEY: must be a Stripe secret key/,
    ],
    [{ STRIPE_SECRET_KEY: 'sk_test_abc' }, /^STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY/],
    [{ NODE_ENV: 'production' }, /^STRIPE_SECRET_KEY: required in production/],
    [{ COOKIE_SECURE: 'maybe' }, /^COOKIE_SECURE: /],
    [{ HERO_PROCESSES: '2' }, /^HERO_PROCESSES: 2 processes need PostgreSQL/],
    [{ HERO_PROCESSES: 'all' }, /^HERO_PROCESSES: must be a whole number from 1 to 256, or auto/],
    [
      { HERO_PROCESSES: '2', DATABASE_URL: 'postgresql://u@h/db', STRIPE_LOCAL_PORT: '4010' },
      /^HERO_PROCESSES: 2 processes each run their own local Stripe/,
    ],
  ])('%j is refused with a message naming the variable', (env, message) => {
    const p = problems(env);
    expect(p.length).toBeGreaterThan(0);
    expect(p.join('\n')).toMatch(message);
  });

  it('runs one server process unless told otherwise; auto is one per core', () => {
    expect(loadConfig({}).HERO_PROCESSES).toBe(1);
    const pg = { DATABASE_URL: 'postgresql://u@h:5432/db' };
    expect(loadConfig({ ...pg, HERO_PROCESSES: '3' }).HERO_PROCESSES).toBe(3);
    expect(loadConfig({ ...pg, HERO_PROCESSES: 'auto' }).HERO_PROCESSES).toBe(availableParallelism());
  });

  it('reports every wrong variable at once', () => {
    expect(problems({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });
});

describe('the configuration reference', () => {
  it('documents every variable the server reads', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'reference', 'configuration.md'), 'utf8');
    const missing = CONFIG_VARIABLES.filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
