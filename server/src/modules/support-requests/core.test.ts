import { describe, expect, it } from 'vitest';
import { cleanMessage, deriveSubject, nextStatus, type RequestEvent } from './core';
import type { SupportRequestStatus } from './support-request.entity';

describe('nextStatus', () => {
  it.each<[SupportRequestStatus, RequestEvent, SupportRequestStatus | 'refused']>([
    ['OPEN', 'MEMBER_REPLY', 'OPEN'],
    ['ANSWERED', 'MEMBER_REPLY', 'OPEN'],
    ['CLOSED', 'MEMBER_REPLY', 'refused'],
    ['OPEN', 'STAFF_ANSWER', 'ANSWERED'],
    ['ANSWERED', 'STAFF_ANSWER', 'ANSWERED'],
    ['CLOSED', 'STAFF_ANSWER', 'refused'],
    ['OPEN', 'STAFF_ANSWER_AND_CLOSE', 'CLOSED'],
    ['ANSWERED', 'STAFF_CLOSE', 'CLOSED'],
    ['CLOSED', 'STAFF_CLOSE', 'refused'],
  ])('%s + %s → %s', (current, event, expected) => {
    const t = nextStatus(current, event);
    expect(t.ok ? t.status : 'refused').toBe(expected);
  });
});

describe('deriveSubject', () => {
  it.each([
    ['the first line of the message', 'Why 3 credits?\nI ran one campaign.', undefined, 'Why 3 credits?'],
    ['a given subject over the message', 'long text', '  Upgrade math  ', 'Upgrade math'],
    ['a blank given subject falls back', 'Hello', '   ', 'Hello'],
    ['blank lines before the text', '\n\n  Charge\tlooks  off ', undefined, 'Charge looks off'],
    ['a long line cut at a word', `${'word '.repeat(30)}`, undefined, `${'word '.repeat(15).trim()}…`],
    ['a long word cut anywhere', 'x'.repeat(200), undefined, `${'x'.repeat(79)}…`],
  ])('%s', (_name, message, given, expected) => {
    const subject = deriveSubject(message, given);
    expect(subject).toBe(expected);
    expect(subject.length).toBeLessThanOrEqual(80);
  });
});

describe('cleanMessage', () => {
  it.each([
    ['text', '  hi  ', 'hi'],
    ['empty', '', null],
    ['only spaces', ' \n\t ', null],
    ['4,000 characters', 'a'.repeat(4000), 'a'.repeat(4000)],
    ['4,001 characters', 'a'.repeat(4001), null],
  ])('%s', (_name, input, expected) => {
    expect(cleanMessage(input)).toBe(expected);
  });
});
