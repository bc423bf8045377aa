import type { RateLimitRule } from '../rate-limit/consume-rate-limit';

const MINUTE = 60_000;

/**
 * Sign-in limits on failures, each a fixed window in PostgreSQL (so they hold across web processes).
 * Failures, not attempts, so a classroom behind one address can sign in together:
 * - failures from one client address, whatever the account (stops spraying many accounts);
 * - failures for one account from one address (stops guessing one password);
 * - failures for one account from anywhere, higher (a distributed guess), so one address cannot lock
 *   someone else out by itself.
 */
export function signInRules(email: string, address: string): { address: RateLimitRule; accountFromAddress: RateLimitRule; account: RateLimitRule } {
  return {
    address: { key: `sign-in:failed-from:${address}`, limit: 30, windowMs: 15 * MINUTE },
    accountFromAddress: { key: `sign-in:failed:${email}:${address}`, limit: 5, windowMs: 15 * MINUTE },
    account: { key: `sign-in:failed:${email}`, limit: 20, windowMs: 15 * MINUTE },
  };
}

/** New accounts from one client address in an hour (SIGN_UP_LIMIT_PER_HOUR: a cohort may sign up from one campus address). */
export function signUpRule(address: string, perHour: number): RateLimitRule {
  return { key: `sign-up:address:${address}`, limit: perHour, windowMs: 60 * MINUTE };
}

/** "14 minutes", "45 seconds": how long to wait, rounded up. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
