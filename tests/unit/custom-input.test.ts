import { describe, expect, it } from 'vitest';
import { describeType, MAX_CUSTOM_VALUES, parseType, validateCustomArgs } from '../../lib/shared/custom-input';

describe('parseType', () => {
  it('reads the types signatures use', () => {
    expect(parseType('number[][]')).toEqual({ kind: 'array', of: { kind: 'array', of: { kind: 'number' } } });
    expect(parseType("'gini' | 'entropy'")).toEqual({ kind: 'union', options: [{ kind: 'literal', value: 'gini' }, { kind: 'literal', value: 'entropy' }] });
    expect(parseType('number[] | null')).toEqual({ kind: 'union', options: [{ kind: 'array', of: { kind: 'number' } }, { kind: 'null' }] });
    expect(parseType("{ kind: 'conv' | 'pool'; kernel: number; pad?: number }[]")).toMatchObject({ kind: 'array', of: { kind: 'object', fields: [{ name: 'kind' }, { name: 'kernel' }, { name: 'pad', optional: true }] } });
  });

  it('treats what it cannot read as any plain value', () => {
    expect(parseType('Map<string, number>')).toEqual({ kind: 'any' });
  });

  it('describes types in words', () => {
    expect(describeType(parseType('number[][]'))).toBe('an array of arrays of numbers');
    expect(describeType(parseType("'mean' | 'median'"))).toBe('"mean" or "median"');
  });
});

describe('validateCustomArgs', () => {
  const params = [
    { name: 'X', type: 'number[][]' },
    { name: 'k', type: 'number' },
    { name: 'init', type: "'random' | 'kmeans++'" },
  ];

  it('accepts arguments that fit the signature', () => {
    expect(validateCustomArgs([[[1, 2], [3, 4]], 2, 'random'], params)).toEqual({});
  });

  it('names the parameter and the place that does not fit', () => {
    expect(validateCustomArgs([[[1, 2], [3, 'x']], 2, 'random'], params)).toEqual({ X: 'X[1][1] must be a number' });
    expect(validateCustomArgs([[[1]], 2, 'other'], params)).toEqual({ init: 'init must be "random" or "kmeans++"' });
    expect(validateCustomArgs([[[1]], 2], params)).toEqual({ _: 'expected 3 arguments, got 2' });
  });

  it('checks object fields: missing, extra and their types', () => {
    const p = [{ name: 'w', type: '{ W: number[][]; b: number[] }' }];
    expect(validateCustomArgs([{ W: [[1]] }], p)).toEqual({ w: 'w is missing the field b' });
    expect(validateCustomArgs([{ W: [[1]], b: [1], c: 1 }], p)).toEqual({ w: 'w has a field c the signature does not declare' });
    expect(validateCustomArgs([{ W: [[1]], b: [true] }], p)).toEqual({ w: 'w.b[0] must be a number' });
  });

  it('refuses an input larger than the limit on custom inputs', () => {
    const big = Array.from({ length: MAX_CUSTOM_VALUES + 1 }, () => 1);
    expect(validateCustomArgs([big], [{ name: 'x', type: 'number[]' }])._).toMatch(/at most 10,000 values/);
  });
});
