import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../lib/ui/submissions/format-value';

describe('formatValue', () => {
  it('keeps short values on one line', () => {
    expect(formatValue([1, 2.5])).toBe('[1, 2.5]');
    expect(formatValue([[0], [1], [10]])).toBe('[[0], [1], [10]]');
    expect(formatValue({ labels: [0, 1], inertia: 'NaN' })).toBe('{ labels: [0, 1], inertia: NaN }');
  });

  it('puts a long matrix one row per line and a long object one field per line', () => {
    const row = Array.from({ length: 10 }, (_, i) => i + 0.5);
    expect(formatValue([row, row])).toBe(`[\n  [${row.join(', ')}],\n  [${row.join(', ')}]\n]`);
    expect(formatValue({ centroids: [row, row], nIter: 3 })).toBe(`{\n  centroids: [\n    [${row.join(', ')}],\n    [${row.join(', ')}]\n  ],\n  nIter: 3\n}`);
  });

  it('cuts very long values and says how much is left out', () => {
    const text = formatValue(Array.from({ length: 5000 }, (_, i) => i));
    expect(text).toMatch(/… \(\d+ more characters\)$/);
  });
});

describe('formatNumber', () => {
  it('keeps ten significant digits and uses exponents for tiny errors', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1.234e-7)).toBe('1.2340e-7');
    expect(formatNumber(-0.5)).toBe('-0.5');
  });
});
