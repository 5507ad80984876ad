import { EventEmitter } from 'node:events';
import type { AuthChange, Bus, ConfigChange, LedgerChange } from './bus';

/** Changes within one process: one instance, or SQLite (one database file, one server). */
export class LocalBus implements Bus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: LedgerChange): void {
    this.emitter.emit('change', change);
  }

  subscribe(listener: (change: LedgerChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  publishAuth(change: AuthChange): void {
    this.emitter.emit('auth', change);
  }

  subscribeAuth(listener: (change: AuthChange) => void): () => void {
    this.emitter.on('auth', listener);
    return () => this.emitter.off('auth', listener);
  }

  publishConfig(change: ConfigChange): void {
    this.emitter.emit('config', change);
  }

  subscribeConfig(listener: (change: ConfigChange) => void): () => void {
    this.emitter.on('config', listener);
    return () => this.emitter.off('config', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
