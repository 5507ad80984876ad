import type { SupportRequestStatus } from './support-request.entity';

export const MESSAGE_MAX_CHARS = 4_000;
export const SUBJECT_MAX_CHARS = 80;
export const ENTRY_IDS_MAX = 20;

/** Who writes into a conversation, and what they do to it. */
export type RequestEvent = 'MEMBER_REPLY' | 'STAFF_ANSWER' | 'STAFF_ANSWER_AND_CLOSE' | 'STAFF_CLOSE';

export type Transition = { ok: true; status: SupportRequestStatus } | { ok: false; reason: string };

/**
 * The request's next status. A member's reply puts an answered request back in the staff queue (OPEN);
 * a closed request takes nothing more, so a new question is a new request that staff see in the queue.
 */
export function nextStatus(current: SupportRequestStatus, event: RequestEvent): Transition {
  if (current === 'CLOSED') {
    return {
      ok: false,
      reason:
        event === 'MEMBER_REPLY'
          ? 'This request is closed; open a new one to ask again'
          : 'This request is already closed',
    };
  }
  switch (event) {
    case 'MEMBER_REPLY':
      return { ok: true, status: 'OPEN' };
    case 'STAFF_ANSWER':
      return { ok: true, status: 'ANSWERED' };
    case 'STAFF_ANSWER_AND_CLOSE':
    case 'STAFF_CLOSE':
      return { ok: true, status: 'CLOSED' };
  }
}

/** A message as it is stored: surrounding blank space dropped; null when nothing is left or it is too long. */
export function cleanMessage(text: string): string | null {
  const body = text.trim();
  return body.length >= 1 && body.length <= MESSAGE_MAX_CHARS ? body : null;
}

/**
 * The subject shown in lists and emails: the one given, else the message's first line; collapsed to one
 * line and cut at a word with an ellipsis when longer than SUBJECT_MAX_CHARS.
 */
export function deriveSubject(message: string, given?: string | null): string {
  const source = given?.trim() || message.trim().split(/\r?\n/, 1)[0] || message;
  const line = source.replace(/\s+/g, ' ').trim();
  if (line.length <= SUBJECT_MAX_CHARS) return line;
  const cut = line.slice(0, SUBJECT_MAX_CHARS - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > SUBJECT_MAX_CHARS / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** The ids asked about, each once, in the order given. */
export const distinctIds = (ids: readonly string[]): string[] => [...new Set(ids)];
