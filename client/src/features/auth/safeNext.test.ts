import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['/settings/billing#plans', '/settings/billing#plans'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/sign-in?next=/x', '/'],
  ])('%j → %s', (next, expected) => expect(safeNext(next)).toBe(expected));
});
