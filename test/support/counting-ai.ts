import type { AiProvider, AiRequest, AiResult } from '@hero/server/src/modules/ai/ai.provider';
import { LocalAiProvider } from '@hero/server/src/modules/ai/local.provider';

/**
 * The real local provider, observed: counts calls per feature, and can be told to report other token
 * counts, to fail, or to wait at a gate (so a test decides when running work finishes).
 */
export class CountingAi implements AiProvider {
  readonly name = 'counting';
  calls = 0;
  readonly features: string[] = [];
  /** Reported instead of the real counts when set. */
  usage: { inputTokens: number; outputTokens: number } | null = null;
  failWith: Error | null = null;
  private gate: Promise<void> | null = null;
  private openGate: () => void = () => undefined;
  private readonly local = new LocalAiProvider();
  private readonly waiters = new Set<() => void>();

  async generate(request: AiRequest): Promise<AiResult> {
    this.calls += 1;
    this.features.push(request.feature);
    this.wake();
    if (this.gate) await this.gate;
    if (this.failWith) throw this.failWith;
    const result = await this.local.generate(request);
    return this.usage ? { ...result, ...this.usage } : result;
  }

  /** Holds every call until `release()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    this.openGate();
    this.gate = null;
  }

  reset(): void {
    this.calls = 0;
    this.features.length = 0;
    this.usage = null;
    this.failWith = null;
    this.release();
  }

  /** Resolves when `condition` holds, re-checked on every call and on `wake()`. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return;
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
      check();
    });
  }

  wake(): void {
    for (const w of [...this.waiters]) w();
  }
}
