import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../lib/ui/submissions/format-value';

describe('formatValue', () => {
  it('puts a vector on one line and a matrix one row per line', () => {
    expect(formatValue([1, 2.5])).toBe('[1, 2.5]');
    expect(formatValue([[1, 2], [3, 4]])).toBe('[\n  [1, 2],\n  [3, 4]\n]');
  });

  it('shows objects field by field and keeps non-finite markers', () => {
    expect(formatValue({ labels: [0, 1], inertia: 'NaN' })).toBe('{\n  labels: [0, 1],\n  inertia: NaN\n}');
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
