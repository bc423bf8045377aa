import { describe, expect, it } from 'vitest';
import { defineTests, rng } from '../../../grader/kit.ts';

describe('rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    expect(rng(7).matrix(3, 4)).toEqual(rng(7).matrix(3, 4));
    expect(rng(7).uniform()).not.toBe(rng(8).uniform());
  });

  it('keeps uniforms and ints in range', () => {
    const r = rng(1);
    for (let i = 0; i < 1000; i++) {
      const u = r.uniform(-2, 3);
      expect(u).toBeGreaterThanOrEqual(-2);
      expect(u).toBeLessThan(3);
      const k = r.int(2, 5);
      expect(Number.isInteger(k) && k >= 2 && k <= 5).toBe(true);
    }
  });

  it('draws normals with roughly the requested mean and spread', () => {
    const r = rng(3);
    const xs = Array.from({ length: 20000 }, () => r.normal(1, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(1, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('pins the sequence (expected-value caches depend on it)', () => {
    expect(rng(42).uniform()).toBe(rng(42).vector(1)[0]);
    expect(rng(42).int(0, 1_000_000)).toMatchInlineSnapshot(`601104`);
  });
});

describe('defineTests', () => {
  it('rejects duplicate names and unknown checks', () => {
    expect(() => defineTests({ cases: [{ name: 'a', args: [] }, { name: 'a', args: [] }] })).toThrow(/duplicate/);
    expect(() => defineTests({ cases: [{ name: 'a', args: [], check: 'nope' }] })).toThrow(/unknown check/);
  });

  it('returns the cases and checks', () => {
    const suite = defineTests({ cases: [{ name: 'a', args: [1] }], checks: { c: { mode: 'after', fn: () => ({ ok: true }) } } });
    expect(suite.cases).toHaveLength(1);
    expect(Object.keys(suite.checks)).toEqual(['c']);
  });
});
