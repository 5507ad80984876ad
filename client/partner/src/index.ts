import type { TypedDocumentString } from './gql/graphql';
import type {
  PartnerHistoryQuery,
  PartnerHistoryQueryVariables,
  PartnerUsageQueryVariables,
  ReleaseHoldInput,
  ReserveCreditsInput,
  SettleHoldInput,
  TransactionFilter,
} from './gql/graphql';
import {
  BalanceDocument,
  EventsDocument,
  ForecastDocument,
  HistoryDocument,
  HoldDocument,
  ReleaseDocument,
  ReserveDocument,
  SettleDocument,
  UsageDocument,
} from './operations';

export * from './operations';
export type * from './gql/graphql';

export interface ClientOptions {
  /** Where the app runs, e.g. `https://app.example.com` (the API is `POST {url}/graphql`). */
  url: string;
  /** A key from Settings → API keys (`hmk_…`), sent as a bearer token. */
  apiKey: string;
  /** Defaults to the global `fetch` (Node 20+, browsers). */
  fetch?: typeof fetch;
}

/** An error the API answered with: `code` is stable (see the API reference), the rest is for people. */
export class HeroApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HeroApiError';
  }
}

export type HistoryEntry = PartnerHistoryQuery['transactions']['edges'][number]['node'];

export type HeroClient = ReturnType<typeof createClient>;

/** A typed client for the partner API. Every method throws `HeroApiError` on an error answer. */
export function createClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const headers = { authorization: `Bearer ${options.apiKey}` };

  async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
    const res = await doFetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const body = (await res.json().catch(() => null)) as {
      data?: R | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    } | null;
    const error = body?.errors?.[0];
    if (error || !body?.data) {
      const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : `HTTP_${res.status}`;
      throw new HeroApiError(error?.message ?? res.statusText, code, res.status, error?.extensions);
    }
    return body.data;
  }

  /** The whole filtered history as one stream of entries (server-side export, JSON lines, oldest first). */
  async function* exportHistory(filter: TransactionFilter = {}): AsyncGenerator<HistoryEntry> {
    const params = new URLSearchParams();
    if (filter.types?.length) params.set('types', filter.types.join(','));
    if (filter.feature) params.set('feature', filter.feature);
    if (filter.from) params.set('from', filter.from);
    if (filter.to) params.set('to', filter.to);
    const res = await doFetch(`${base}/export/history.jsonl?${params}`, { headers });
    if (!res.ok || !res.body) {
      const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      throw new HeroApiError(
        body?.error?.message ?? res.statusText,
        body?.error?.code ?? `HTTP_${res.status}`,
        res.status,
      );
    }
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line) yield JSON.parse(line) as HistoryEntry;
      }
    }
    if (buffered.trim()) yield JSON.parse(buffered) as HistoryEntry;
  }

  return {
    /** Any operation of the schema, typed by its document (see `operations.ts`). */
    request,
    balance: async () => (await request(BalanceDocument)).balance,
    /** One page of the history, newest first (`first` up to 100). */
    history: async (variables: PartnerHistoryQueryVariables = {}) =>
      (await request(HistoryDocument, variables)).transactions,
    hold: async (id: string) => (await request(HoldDocument, { id })).hold,
    reserve: async (input: ReserveCreditsInput) => (await request(ReserveDocument, { input })).reserveCredits,
    settle: async (input: SettleHoldInput) => (await request(SettleDocument, { input })).settleHold,
    release: async (input: ReleaseHoldInput) => (await request(ReleaseDocument, { input })).releaseHold,
    usage: async (variables: PartnerUsageQueryVariables) => (await request(UsageDocument, variables)).usage,
    forecast: async (windowDays?: number) => (await request(ForecastDocument, { windowDays })).forecast,
    /** The workspace's events after a sequence number, oldest first, gap-free (`first` up to 100). */
    events: async (after = 0, first = 100) => (await request(EventsDocument, { after, first })).events,
    exportHistory,
  };
}
