import { AppError } from './errors';

/**
 * A pull-based stream fed by pushes. With `conflate`, only the newest undelivered value is kept:
 * a balance subscriber that reads slowly gets the latest balance, never a backlog.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private done = false;

  constructor(private readonly opts: { conflate: boolean; limit?: number; onEnd: () => void }) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return;
    }
    if (this.opts.conflate) {
      this.queue = [value];
      return;
    }
    if (this.queue.length >= (this.opts.limit ?? Infinity)) {
      this.fail(new AppError('CONFLICT', 'This subscription fell behind; subscribe again and reload the history'));
      return;
    }
    this.queue.push(value);
  }

  /** Ends the stream with an error; what was queued is dropped. */
  fail(error: Error): void {
    if (this.done) return;
    this.queue = [];
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = null;
      reject(error);
    } else {
      this.failure = error;
    }
    this.finish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue = [];
    this.failure = null;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.opts.onEnd();
  }
}
