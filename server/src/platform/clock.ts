import { AsyncLocalStorage } from 'node:async_hooks';

/** Time is injected so tests can move it; production reads the system clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests set and advance explicitly. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(date: Date): void {
    this.current = new Date(date.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The clock of the demo (the local Stripe only, never production): each workspace may run ahead of
 * the wall clock by an offset, set when its Stripe test clock is advanced, so renewals, grant
 * expiries, hold expiries and the 14-day refund window happen for that workspace as if the time had
 * passed. `now()` adds the offset of the workspace whose work is running (an async-local scope
 * entered per request, webhook and sweep); outside any scope, and for workspaces without an
 * offset, it is the base clock. See docs/decisions/2026-11-30-demo-clock.md.
 */
export class WorkspaceClock implements Clock {
  private readonly scope = new AsyncLocalStorage<{ workspaceId: string | null }>();
  private readonly offsets = new Map<string, number>();

  constructor(readonly base: Clock) {}

  now(): Date {
    const workspaceId = this.scope.getStore()?.workspaceId;
    const offset = workspaceId ? (this.offsets.get(workspaceId) ?? 0) : 0;
    return new Date(this.base.now().getTime() + offset);
  }

  /** The time of one workspace, wherever the caller runs. */
  nowFor(workspaceId: string): Date {
    return new Date(this.base.now().getTime() + (this.offsets.get(workspaceId) ?? 0));
  }

  offsetOf(workspaceId: string): number {
    return this.offsets.get(workspaceId) ?? 0;
  }

  /** Offsets only grow: a workspace's time never runs backwards. */
  setOffset(workspaceId: string, offsetMs: number): void {
    if (!Number.isSafeInteger(offsetMs) || offsetMs < this.offsetOf(workspaceId)) {
      throw new RangeError(`a workspace's time cannot go back (offset ${offsetMs} ms)`);
    }
    if (offsetMs === 0) this.offsets.delete(workspaceId);
    else this.offsets.set(workspaceId, offsetMs);
  }

  /**
   * Runs `fn` (and everything it awaits) in the workspace's time. While no workspace runs ahead, every
   * workspace's time is the base clock's, and no scope is entered: while an async-local scope is open,
   * every promise of the process pays a hook (platform/async-scopes.ts).
   */
  run<T>(workspaceId: string, fn: () => T): T {
    if (!this.offsets.size) return fn();
    return this.scope.run({ workspaceId }, fn);
  }

  /**
   * Runs `fn` in a scope whose workspace is named later with `enterWorkspace` (an HTTP request, before
   * its caller is authenticated).
   */
  runUnnamed<T>(fn: () => T): T {
    if (!this.offsets.size) return fn();
    return this.scope.run({ workspaceId: null }, fn);
  }

  /** Names the workspace of the current unnamed scope; does nothing outside one. */
  enterWorkspace(workspaceId: string): void {
    const current = this.scope.getStore();
    if (current && current.workspaceId === null) current.workspaceId = workspaceId;
  }
}

/** The demo clock behind a service's clock, when there is one. */
export const workspaceClockOf = (clock: Clock): WorkspaceClock | null =>
  clock instanceof WorkspaceClock ? clock : null;
