import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Configuration comes from the environment only, validated once at start.
 * Each wrong value is reported with its variable name and what is expected,
 * so a bad deploy fails loudly before it serves a request.
 */
const planSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/),
  name: z.string().min(1).max(60),
  creditsPerPeriod: z.number().int().positive(),
  priceCents: z.number().int().nonnegative(),
  rank: z.number().int(),
  stripePriceId: z.string().optional(),
});
export type PlanConfig = z.infer<typeof planSchema>;

export const DEFAULT_PLANS: PlanConfig[] = [
  { code: 'pro', name: 'Pro', creditsPerPeriod: 20, priceCents: 2900, rank: 1 },
  { code: 'growth', name: 'Growth', creditsPerPeriod: 50, priceCents: 4900, rank: 2 },
  { code: 'agency', name: 'Agency', creditsPerPeriod: 100, priceCents: 8900, rank: 3 },
];

const jsonOf = <T extends z.ZodTypeAny>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgresql:// or sqlite:')
    .optional(),
  DATA_DIR: z.string().default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  COOKIE_SECURE: bool.optional(),
  HOLD_TTL_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(24 * 3_600_000)
    .default(15 * 60_000),
  OVERRUN_ALLOWANCE_PERCENT: z.coerce.number().int().min(0).max(1000).default(25),
  OVERRUN_ALLOWANCE_MIN_MICRO: z.coerce.number().int().min(0).max(1_000_000_000_000).default(1_000_000),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Version-checked tries of a batch of credit commands before it waits for the account's row lock; 0: always lock. */
  LEDGER_OPTIMISTIC_ROUNDS: z.coerce.number().int().min(0).max(200).default(12),
  /** How long an idempotency key answers retries: Stripe's 24 hours by default, at most 30 days. */
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  PLANS_JSON: jsonOf(z.array(planSchema).min(1)).optional(),
  TOPUP_PACK_CREDITS: z.coerce.number().int().positive().default(20),
  TOPUP_PACK_PRICE_CENTS: z.coerce.number().int().positive().default(2000),
  GRAPHQL_INTROSPECTION: bool.optional(),
  SERVE_CLIENT: bool.default(true),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=_-]+$/, 'must start with whsec_')
    .optional(),
  STRIPE_API_URL: z.url().optional(),
  STRIPE_WEBHOOK_TOLERANCE_S: z.coerce.number().int().min(10).max(3600).default(300),
  STRIPE_TOPUP_PRICE_ID: z.string().startsWith('price_').optional(),
  STRIPE_LOCAL_STATE_FILE: z.string().optional(),
  STRIPE_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  STRIPE_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(300_000),
  AI_PROVIDER: z.enum(['local', 'openai']).default('local'),
  AI_BASE_URL: z.url().optional(),
  AI_API_KEY: z.string().optional(),
  AI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  AI_LATENCY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  /** Replaces the default rate card (metering/core/rate-card.ts); validated when services start. */
  RATE_CARD_JSON: z.string().optional(),
  API_KEY_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** How long a server trusts a session or API key it looked up (sign-outs and revocations reach it at once); 0: off. */
  AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
  /** Most sessions and API keys kept by that cache, per server; the least recently used leave first. */
  AUTH_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Where the file mail transport writes `.eml` files (default DATA_DIR/mail); unused with SMTP_URL. */
  MAIL_DIR: z.string().optional(),
  /** `smtp://user:pass@host:587` or `smtps://…:465`: send through this relay instead of writing files. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Hero Marketer <no-reply@heromarketer.test>'),
  /** Outbound webhooks: first retry delay; each next one doubles (capped at 720 × this), for WEBHOOK_RETRY_WINDOW_HOURS. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  WEBHOOK_RETRY_WINDOW_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** false: this instance serves requests only and leaves webhook delivery to the others. */
  WEBHOOK_WORKER: bool.default(true),
  /** Server processes on the one port (node:cluster), each a full instance; `auto`: one per core. PostgreSQL only. */
  HERO_PROCESSES: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(256)], {
      error: 'must be a whole number from 1 to 256, or auto (one per core)',
    })
    .default(1)
    .transform((v) => (v === 'auto' ? availableParallelism() : v)),
});

/** Every variable the server reads; docs/reference/configuration.md documents each (a test checks). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export type Config = Omit<z.infer<typeof envSchema>, 'PLANS_JSON' | 'MAIL_DIR'> & {
  plans: PlanConfig[];
  MAIL_DIR: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };
  isProduction: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as it does in most tools.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const { PLANS_JSON, ...rest } = parsed.data;
  const plans = PLANS_JSON ?? DEFAULT_PLANS;
  const problems = [...checkPlans(plans), ...checkStripe(rest), ...checkProcesses(rest)];
  if (problems.length) throw new ConfigError(problems);
  const url = rest.DATABASE_URL;
  const database: Config['database'] =
    url && !url.startsWith('sqlite:')
      ? { kind: 'postgresql', url }
      : { kind: 'sqlite', path: url ? url.slice('sqlite:'.length) : `${rest.DATA_DIR}/hero.sqlite` };
  const MAIL_DIR = rest.MAIL_DIR ?? `${rest.DATA_DIR}/mail`;
  return { ...rest, plans, database, MAIL_DIR, isProduction: rest.NODE_ENV === 'production' };
}

/** Real keys need their webhook secret; the local Stripe is never used in production. */
function checkStripe(env: { STRIPE_SECRET_KEY?: string; STRIPE_WEBHOOK_SECRET?: string; NODE_ENV: string }): string[] {
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    return ['STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY (the signing secret of your webhook endpoint)'];
  }
  if (!env.STRIPE_SECRET_KEY && env.NODE_ENV === 'production') {
    return ['STRIPE_SECRET_KEY: required in production (the local Stripe is for development and tests only)'];
  }
  return [];
}

/** Several processes are several instances on one database: SQLite is one process's file. */
function checkProcesses(env: {
  HERO_PROCESSES: number;
  DATABASE_URL?: string;
  STRIPE_SECRET_KEY?: string;
  STRIPE_LOCAL_STATE_FILE?: string;
  STRIPE_LOCAL_PORT: number;
}): string[] {
  if (env.HERO_PROCESSES === 1) return [];
  const sqlite = !env.DATABASE_URL || env.DATABASE_URL.startsWith('sqlite:');
  if (sqlite) {
    return [
      `HERO_PROCESSES: ${env.HERO_PROCESSES} processes need PostgreSQL (DATABASE_URL=postgresql://…); ` +
        'SQLite serves one process only: set HERO_PROCESSES=1 or leave it unset',
    ];
  }
  // Without a Stripe key each process runs its own local Stripe: one file or one port cannot serve them all.
  if (!env.STRIPE_SECRET_KEY && (env.STRIPE_LOCAL_STATE_FILE || env.STRIPE_LOCAL_PORT !== 0)) {
    return [
      `HERO_PROCESSES: ${env.HERO_PROCESSES} processes each run their own local Stripe, so ` +
        'STRIPE_LOCAL_STATE_FILE and STRIPE_LOCAL_PORT must be unset (or use one process)',
    ];
  }
  return [];
}

function checkPlans(plans: PlanConfig[]): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const p of plans) {
    if (codes.has(p.code)) problems.push(`PLANS_JSON: plan code "${p.code}" appears twice`);
    codes.add(p.code);
  }
  return problems;
}
