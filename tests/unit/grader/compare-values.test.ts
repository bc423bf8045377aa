import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../grader/compare/compare-values.ts';
import { inputsEqual } from '../../../grader/compare/inputs-equal.ts';

const tol = { rtol: 1e-6, atol: 1e-9 };

describe('compareValues', () => {
  it('accepts values within atol + rtol·|b|', () => {
    expect(compareValues([[1, 2]], [[1 + 1e-7, 2]], { tolerance: tol }).ok).toBe(true);
  });

  it('reports the shape first for matrices', () => {
    const r = compareValues([[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4], [5, 6]], { tolerance: tol });
    expect(r).toMatchObject({ ok: false, message: 'output: expected 2×3, got 3×2', details: { expectedShape: '2×3', actualShape: '3×2' } });
  });

  it('reports the largest error, its relative size and its position', () => {
    const r = compareValues([[1, 2], [3, 4]], [[1, 2.1], [3, 4.5]], { tolerance: tol });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.details.position).toBe('output[1][1]');
    expect(r.details.maxAbsError).toBeCloseTo(0.5);
    expect(r.details.relError).toBeCloseTo(0.125);
  });

  it('names object fields in positions and checks keys', () => {
    const e = { centroids: [[0, 1]], nIter: 3 };
    expect(compareValues(e, { centroids: [[0, 1.5]], nIter: 3 }, { tolerance: tol })).toMatchObject({ details: { position: 'centroids[0][1]' } });
    expect(compareValues(e, { centroids: [[0, 1]] }, { tolerance: tol })).toMatchObject({ message: 'missing field `nIter`' });
    expect(compareValues(e, { ...e, extra: 1 }, { tolerance: tol })).toMatchObject({ message: 'unexpected field `extra`' });
  });

  it('compares exact fields exactly', () => {
    const t = { ...tol, fields: { nIter: { exact: true } } };
    expect(compareValues({ nIter: 3 }, { nIter: 3 + 1e-12 }, { tolerance: t }).ok).toBe(false);
    expect(compareValues({ x: 3 }, { x: 3 + 1e-12 }, { tolerance: t }).ok).toBe(true);
  });

  it('matches NaN only with nanEqual', () => {
    expect(compareValues([NaN], [NaN], { tolerance: tol }).ok).toBe(false);
    expect(compareValues([NaN], [NaN], { tolerance: tol, nanEqual: true }).ok).toBe(true);
    expect(compareValues([1], [NaN], { tolerance: tol })).toMatchObject({ ok: false, message: 'NaN at output[0]' });
  });

  it('matches an infinity only with the same infinity', () => {
    expect(compareValues([Infinity], [Infinity], { tolerance: tol }).ok).toBe(true);
    expect(compareValues([Infinity], [-Infinity], { tolerance: tol }).ok).toBe(false);
    expect(compareValues([1e308], [Infinity], { tolerance: tol }).ok).toBe(false);
  });

  it('needs an atol where the expected value is 0', () => {
    expect(compareValues([0], [1e-10], { tolerance: { rtol: 1e-6, atol: 0 } }).ok).toBe(false);
    expect(compareValues([0], [1e-10], { tolerance: tol }).ok).toBe(true);
  });

  it('words a hidden test without values: no expected strings, no candidate keys, errors to one digit', () => {
    expect(compareValues({ label: 'secret' }, { label: 'other' }, { tolerance: tol })).toMatchObject({ ok: false, message: 'label: expected "secret", got "other"', hiddenMessage: 'label: wrong value' });
    const keyed = compareValues({ a: 1 }, { a: 1, '[[0.123,4.56]]': 2 }, { tolerance: tol });
    expect(keyed).toMatchObject({ ok: false, message: 'unexpected field `[[0.123,4.56]]`', hiddenMessage: 'an unexpected field' });
    const r = compareValues([[1, 2]], [[1, 1002.34567]], { tolerance: tol });
    expect(r).toMatchObject({ ok: false, message: 'largest error 1.00e+3 (relative 500) at output[0][1]', hiddenMessage: 'largest error ≈ 1000 (relative ≈ 500) at output[0][1]' });
    const small = compareValues([0.5], [0.5 + 3.14159e-5], { tolerance: tol });
    expect(small).toMatchObject({ hiddenMessage: 'largest error ≈ 3e-5 (relative ≈ 6e-5) at output[0]' });
  });

  it('reports labels and indices as values, not as an error size', () => {
    const t = { ...tol, fields: { labels: { exact: true } } };
    const r = compareValues({ labels: [0, 1, 1] }, { labels: [0, 1, 3] }, { tolerance: t });
    expect(r).toMatchObject({ ok: false, message: 'labels[2]: 3 where 1 was expected', hiddenMessage: 'wrong value at labels[2]', details: { position: 'labels[2]' } });
    if (!r.ok) expect(r.details.maxAbsError).toBeUndefined();
  });

  it('rejects a type mismatch with a clear message', () => {
    expect(compareValues([1, 2], [1, '2'], { tolerance: tol })).toMatchObject({ message: 'output[1]: expected a number, got a string' });
  });
});

describe('inputsEqual', () => {
  it('treats NaN as unchanged and notices edits', () => {
    expect(inputsEqual([[NaN, 1]], [[NaN, 1]])).toBe(true);
    expect(inputsEqual([[0, 1]], [[0, 2]])).toBe(false);
    expect(inputsEqual({ a: [1] }, { a: [1], b: 2 })).toBe(false);
  });
});
