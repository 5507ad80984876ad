import { PushIterator } from '../../platform/push-iterator';

/** One piece of an answer being written, or the end of it. */
export interface HeroAiStreamEvent {
  conversationId: string;
  /** The next piece of the answer ("" on the last event). */
  delta: string;
  done: boolean;
  /** The stored assistant message, on the last event. */
  messageId: string | null;
}

const MAX_QUEUED = 10_000;

/**
 * Answers as they are written, to the subscribers of one conversation on this instance. In-process on
 * purpose: the answer is written by the instance that took the request; a subscriber elsewhere still gets
 * the whole message from the mutation's reply and the conversation.
 */
export class HeroAiStreams {
  private readonly subscribers = new Map<string, Set<PushIterator<HeroAiStreamEvent>>>();
  private readonly joined = new Set<() => void>();

  subscribe(workspaceId: string, conversationId: string): AsyncIterableIterator<HeroAiStreamEvent> {
    const key = `${workspaceId}:${conversationId}`;
    const set = this.subscribers.get(key) ?? new Set();
    this.subscribers.set(key, set);
    const out: PushIterator<HeroAiStreamEvent> = new PushIterator<HeroAiStreamEvent>({
      conflate: false,
      limit: MAX_QUEUED,
      onEnd: () => {
        set.delete(out);
        if (!set.size && this.subscribers.get(key) === set) this.subscribers.delete(key);
      },
    });
    set.add(out);
    for (const notify of [...this.joined]) notify();
    return out;
  }

  publish(workspaceId: string, event: HeroAiStreamEvent): void {
    for (const out of this.subscribers.get(`${workspaceId}:${event.conversationId}`) ?? []) out.push(event);
  }

  /** Subscribers right now. */
  count(workspaceId: string, conversationId: string): number {
    return this.subscribers.get(`${workspaceId}:${conversationId}`)?.size ?? 0;
  }

  /** Resolves once the conversation has a subscriber here (a client knows its stream is live). */
  subscribed(workspaceId: string, conversationId: string): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.count(workspaceId, conversationId) === 0) return;
        this.joined.delete(check);
        resolve();
      };
      this.joined.add(check);
      check();
    });
  }
}
