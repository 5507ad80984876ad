import { EventEmitter } from 'node:events';
import type { Bus, LedgerChange } from './bus';

/** Ledger changes within one process: one instance, or SQLite (one database file, one server). */
export class LocalBus implements Bus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: LedgerChange): void {
    this.emitter.emit('change', change);
  }

  subscribe(listener: (change: LedgerChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
