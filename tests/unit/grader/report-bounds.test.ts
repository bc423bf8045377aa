import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../grader/grade/bounded-cache.ts';
import { hiddenTestReport } from '../../../grader/grade/hidden-report.ts';
import { previewValue, SAMPLE_PREVIEW_LEAVES } from '../../../grader/grade/sample-preview.ts';

describe('hiddenTestReport', () => {
  it('keeps shapes and position, rounds errors to one significant digit and time to 10 ms, drops values', () => {
    const r = hiddenTestReport({
      name: 'large',
      verdict: 'wrong_answer',
      cpuMs: 57.31,
      weight: 2,
      message: 'largest error ≈ 0.3 (relative ≈ 0.02) at output[3][1]',
      details: { maxAbsError: 0.3141592, relError: 0.0213, position: 'output[3][1]', expectedShape: '4×3', input: [[1]], expected: [2], actual: [3] },
    });
    expect(r).toEqual({
      name: 'large',
      hidden: true,
      verdict: 'wrong_answer',
      timeMs: 60,
      weight: 2,
      message: 'largest error ≈ 0.3 (relative ≈ 0.02) at output[3][1]',
      details: { maxAbsError: 0.3, relError: 0.02, position: 'output[3][1]', expectedShape: '4×3' },
    });
  });
});

describe('previewValue', () => {
  it('returns small values whole', () => {
    expect(previewValue([[1, 2], [3, 4]])).toEqual({ value: [[1, 2], [3, 4]] });
  });

  it('cuts a large value to its first leaves in reading order and names the full shape', () => {
    const huge = [Array.from({ length: 2_000_000 }, (_, i) => i)];
    const p = previewValue(huge);
    expect(p.truncatedFrom).toBe('1×2000000');
    expect((p.value as number[][])[0]).toHaveLength(SAMPLE_PREVIEW_LEAVES);
    const matrix = previewValue(Array.from({ length: 512 }, () => new Array(512).fill(0.5)));
    expect((matrix.value as number[][]).flat()).toHaveLength(SAMPLE_PREVIEW_LEAVES);
    expect(previewValue({ s: 'x'.repeat(5000) })).toMatchObject({ truncatedFrom: 'an object' });
  });
});

describe('BoundedCache', () => {
  it('drops the least recently used entries beyond its size', () => {
    const c = new BoundedCache<number>(100);
    c.set('a', 1, 40);
    c.set('b', 2, 40);
    c.get('a');
    c.set('c', 3, 40);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.sizeBytes).toBe(80);
  });
});
