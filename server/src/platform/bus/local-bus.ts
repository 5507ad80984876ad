import { EventEmitter } from 'node:events';
import type { LedgerChange, LedgerPublisher } from '../../modules/ledger/ledger.service';

/** Ledger changes within one process. */
export class LocalBus implements LedgerPublisher {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: LedgerChange): void {
    this.emitter.emit('change', change);
  }

  subscribe(listener: (change: LedgerChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
