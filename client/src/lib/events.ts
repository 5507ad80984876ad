/** A tiny typed event bus, so the Apollo link layer can tell React about cross-cutting errors. */
export interface InsufficientCreditsDetails {
  required: string | null;
  available: string | null;
  renewsAt: string | null;
  message: string;
}

interface AppEventMap {
  insufficientCredits: InsufficientCreditsDetails;
  unauthenticated: void;
  /** The live connection came back after a drop: cached numbers may be stale. */
  reconnected: void;
  liveStatus: 'connecting' | 'live' | 'offline';
}

type Listener<T> = (payload: T) => void;

export class EventBus<M> {
  private listeners = new Map<keyof M, Set<Listener<never>>>();

  on<K extends keyof M>(event: K, listener: Listener<M[K]>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof M>(event: K, payload: M[K]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as Listener<M[K]>)(payload);
  }
}

export const appEvents = new EventBus<AppEventMap>();
