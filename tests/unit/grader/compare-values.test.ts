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

  it('does not quote expected strings for hidden tests', () => {
    const r = compareValues({ label: 'secret' }, { label: 'other' }, { tolerance: tol, revealValues: false });
    expect(r).toMatchObject({ ok: false, message: 'label: wrong value' });
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
