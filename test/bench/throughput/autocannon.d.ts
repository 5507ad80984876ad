// autocannon 8 ships no types: the part of its programmatic API the throughput benchmark uses.
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Returning a falsy value (not on the first request) starts the sequence over. */
      setupRequest?: (request: Request, context: Record<string, any>) => Request | null | undefined;
      onResponse?: (status: number, body: string, context: Record<string, any>) => void;
    }

    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      /** Stop after this many responses instead of after `duration`. */
      amount?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: Request[];
      timeout?: number;
      initialContext?: Record<string, any>;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
      [percentile: string]: number;
    }

    interface Result {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      '2xx': number;
      '5xx': number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram & { sent: number };
    }
  }

  /** The running benchmark: awaitable for its result, `stop()` ends it early. */
  function autocannon(options: autocannon.Options): PromiseLike<autocannon.Result> & { stop(): void };
  export = autocannon;
}
