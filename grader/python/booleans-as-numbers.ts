import type { ExpectedValue } from '../grade/expected-cache.ts';
import type { TestOutcome } from '../sandbox/sandbox-protocol.ts';

/** Python's `True`/`False` (and numpy's) count as 1/0 wherever the expected value has a number. */
function coerce(actual: unknown, expected: unknown): unknown {
  if (typeof actual === 'boolean') return typeof expected === 'number' ? Number(actual) : actual;
  if (Array.isArray(actual)) {
    if (!Array.isArray(expected)) return actual;
    return actual.map((a, i) => coerce(a, expected[i]));
  }
  if (actual !== null && typeof actual === 'object' && expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const e = expected as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(actual)) Object.defineProperty(out, k, { value: Object.hasOwn(e, k) ? coerce(v, e[k]) : v, enumerable: true, writable: true, configurable: true });
    return out;
  }
  return actual;
}

export function booleansAsNumbers(outcome: TestOutcome, expected: ExpectedValue): TestOutcome {
  if (outcome.status !== 'ok' || expected.kind !== 'value') return outcome;
  return { ...outcome, result: coerce(outcome.result, expected.value) };
}
