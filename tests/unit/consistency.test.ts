import { describe, expect, it } from 'vitest';
import { codeTooLargeMessage, MAX_CODE_BYTES } from '../../lib/shared/code-size';
import { absoluteTime, relativeTime } from '../../lib/shared/relative-time';

describe('relativeTime', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  it('writes moments relative to now, past and future', () => {
    expect(relativeTime('2026-12-02T11:59:40Z', now)).toBe('just now');
    expect(relativeTime('2026-12-02T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-12-02T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-12-01T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-12-05T12:00:00Z', now)).toBe('in 3 days');
  });
  it('gives the absolute moment for the hover title', () => {
    expect(absoluteTime('2026-12-02T09:05:00Z', 'UTC')).toBe('2 Dec 2026, 09:05 UTC');
  });
});

describe('codeTooLargeMessage', () => {
  it('is the one message for code over the limit', () => {
    expect(codeTooLargeMessage(MAX_CODE_BYTES)).toBeNull();
    expect(codeTooLargeMessage(MAX_CODE_BYTES + 1)).toMatch(/^Your code is 65 KB; the limit is 64 KB\./);
  });
});
