import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

/** A benchmark account: a session token and its workspace. */
export interface BenchAccount {
  token: string;
  workspaceId: string;
}

export interface LoadSettings {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * One POST to /graphql with a fixed body, rebuilt per request (with a random bearer token when
 * given), so that every measurement costs the load generator the same per request.
 */
export function postRequest(body: string, token?: () => string): autocannon.Request {
  return {
    method: 'POST',
    path: '/graphql',
    headers: JSON_HEADERS,
    body,
    setupRequest: (request) =>
      token ? { ...request, headers: { ...request.headers, authorization: `Bearer ${token()}` } } : request,
  };
}

// ——— hold + settle ———

export const CHARGE = '0.01';
export const CHARGE_MICRO = 10_000;

export const HOLD_MUTATION = 'mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { id status } }';
export const SETTLE_MUTATION = 'mutation($input: SettleHoldInput!) { settleHold(input: $input) { id status } }';

/** What the hold + settle sequences saw, counted from every response. */
export class PairCounts {
  holds = 0;
  settles = 0;
  insufficient = 0;
  serverErrors = 0;
  /** Other GraphQL error codes (or HTTP statuses), with how often they came. */
  readonly otherErrors = new Map<string, number>();
  /** The first message of each of those codes. */
  readonly messages = new Map<string, string>();

  reset(): void {
    this.holds = 0;
    this.settles = 0;
    this.insufficient = 0;
    this.serverErrors = 0;
    this.otherErrors.clear();
    this.messages.clear();
  }

  /** The response's data, or null after counting its error. */
  read<T>(status: number, body: string): T | null {
    if (status >= 500) this.serverErrors += 1;
    let parsed: { data?: T | null; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      this.other(`HTTP ${status}, not JSON`);
      return null;
    }
    const code = parsed.errors?.[0]?.extensions?.code;
    if (code === 'INSUFFICIENT_CREDITS') {
      this.insufficient += 1;
      return null;
    }
    if (parsed.errors?.length || !parsed.data) {
      // The code with the first message it came with, so that a report says what went wrong.
      const what = code ?? `HTTP ${status}`;
      if (!this.otherErrors.has(what)) this.messages.set(what, parsed.errors?.[0]?.message ?? '');
      this.other(what);
      return null;
    }
    return parsed.data;
  }

  private other(what: string): void {
    this.otherErrors.set(what, (this.otherErrors.get(what) ?? 0) + 1);
  }

  otherErrorCount(): number {
    return [...this.otherErrors.values()].reduce((a, b) => a + b, 0);
  }
}

/**
 * reserveCredits then settleHold for the same workspace (its session token as bearer), each with
 * its own idempotency key; a refused hold starts the sequence over. A pair counts once its settle
 * succeeds.
 */
export function holdSettleRequests(pick: () => BenchAccount, counts: PairCounts): autocannon.Request[] {
  // Unique across runs too: a key reused for the same workspace would replay the first answer.
  const run = randomUUID();
  let keys = 0;
  const key = (kind: string) => `bench-${kind}-${run}-${++keys}`;
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      setupRequest: (request, context) => {
        const account = pick();
        context.token = account.token;
        return {
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${account.token}` },
          body: JSON.stringify({
            query: HOLD_MUTATION,
            variables: { input: { amount: CHARGE, description: 'Benchmark', idempotencyKey: key('hold') } },
          }),
        };
      },
      onResponse: (status, body, context) => {
        const data = counts.read<{ reserveCredits: { id: string } }>(status, body);
        if (data) {
          counts.holds += 1;
          context.holdId = data.reserveCredits.id;
        }
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      setupRequest: (request, context) =>
        context.holdId
          ? {
              ...request,
              headers: { ...request.headers, authorization: `Bearer ${context.token as string}` },
              body: JSON.stringify({
                query: SETTLE_MUTATION,
                variables: {
                  input: { holdId: context.holdId as string, actual: CHARGE, idempotencyKey: key('settle') },
                },
              }),
            }
          : null,
      onResponse: (status, body) => {
        if (counts.read(status, body)) counts.settles += 1;
      },
    },
  ];
}

/** One run of hold + settle pairs; the rate is settled pairs per second. */
export async function runPairs(
  url: string,
  pick: () => BenchAccount,
  s: { connections: number; seconds: number },
): Promise<{ result: autocannon.Result; counts: PairCounts; rate: number }> {
  const counts = new PairCounts();
  const result = await autocannon({
    url,
    connections: s.connections,
    duration: s.seconds,
    requests: holdSettleRequests(pick, counts),
    timeout: 30,
  });
  return { result, counts, rate: counts.settles / result.duration };
}

/**
 * Pairs on one workspace until its balance is gone: stops once every connection could have seen a
 * refusal (INSUFFICIENT_CREDITS), or after `maxSeconds`.
 */
export async function drainPairs(
  url: string,
  account: BenchAccount,
  s: { connections: number; maxSeconds: number },
): Promise<PairCounts> {
  const counts = new PairCounts();
  const [hold, settle] = holdSettleRequests(() => account, counts);
  let stop = () => {};
  const watched: autocannon.Request = {
    ...hold!,
    onResponse: (status, body, context) => {
      hold!.onResponse!(status, body, context);
      if (counts.insufficient >= 2 * s.connections) stop();
    },
  };
  const run = autocannon({
    url,
    connections: s.connections,
    duration: s.maxSeconds,
    requests: [watched, settle!],
    timeout: 30,
  });
  stop = () => run.stop();
  await run;
  return counts;
}
