import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Async-local scopes that cost nothing while none is open.
 *
 * On Node 20 an `AsyncLocalStorage` turns on a process-wide async hook the first time one of its scopes is
 * entered, and leaves it on for good: from then on every promise of the process runs an init hook (ids, a
 * resource, the store copied onto it) and a before hook. The ORM enters such scopes for each transaction,
 * flush and query it runs, so one sign-in early in a process's life made every later request pay for them,
 * the ledger's own statements included, which never touch the ORM (about a tenth of the server's CPU in a
 * hold + settle).
 *
 * Loaded once, this module makes `run` count the scopes of each storage still in flight: a scope whose
 * callback returns a promise is in flight until that promise settles. When a storage's last scope ends it is
 * disabled (`disable()`, public API: its `getStore()` is undefined outside any scope, as before), and when no
 * storage is enabled Node turns the hook off; the next `run` turns it on again. A storage entered by a
 * callback that returns no promise, or by `enterWith`, may be relied on after that callback returns, so it
 * stays enabled as Node leaves it. See docs/decisions/2026-11-30-async-scopes.md.
 */

const inFlight = new WeakMap<AsyncLocalStorage<unknown>, number>();
const kept = new WeakSet<AsyncLocalStorage<unknown>>();

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';

type Run = <R>(
  this: AsyncLocalStorage<unknown>,
  store: unknown,
  callback: (...args: unknown[]) => R,
  ...args: unknown[]
) => R;

const PATCHED = Symbol.for('hero.asyncScopes');
const proto = AsyncLocalStorage.prototype as unknown as { run: Run; enterWith(store: unknown): void } & {
  [PATCHED]?: true;
};

if (!proto[PATCHED]) {
  proto[PATCHED] = true;
  const run = proto.run;
  const enterWith = proto.enterWith;

  proto.enterWith = function (this: AsyncLocalStorage<unknown>, store: unknown) {
    kept.add(this);
    enterWith.call(this, store);
  };

  proto.run = function <R>(
    this: AsyncLocalStorage<unknown>,
    store: unknown,
    callback: (...args: unknown[]) => R,
    ...args: unknown[]
  ): R {
    inFlight.set(this, (inFlight.get(this) ?? 0) + 1);
    let result: R;
    try {
      result = run.call(this, store, callback, ...args) as R;
    } catch (err) {
      ended(this);
      throw err;
    }
    if (isThenable(result)) {
      result.then(
        () => ended(this),
        () => ended(this),
      );
    } else {
      kept.add(this);
      ended(this);
    }
    return result;
  };
}

function ended(storage: AsyncLocalStorage<unknown>): void {
  const left = (inFlight.get(storage) ?? 1) - 1;
  inFlight.set(storage, left);
  if (left === 0 && !kept.has(storage)) storage.disable();
}
