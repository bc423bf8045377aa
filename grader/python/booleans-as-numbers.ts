import type { ExpectedValue } from '../grade/expected-cache.ts';

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

/** A Python result's booleans as the numbers the expected value holds there (the `adaptActual` of buildTestReport). */
export function booleansAsNumbers(actual: unknown, expected: ExpectedValue): unknown {
  return expected.kind === 'value' ? coerce(actual, expected.value) : actual;
}
