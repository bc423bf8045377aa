import { describe, expect, it } from 'vitest';
import { CodecError, decodePlain, encodePlain } from '../../../grader/sandbox/plain-codec.ts';
import { parseNonFiniteJson, stringifyNonFiniteJson } from '../../../grader/non-finite-json.ts';

describe('plain codec (sandbox wire format)', () => {
  it('round-trips plain data, keeping NaN, ±Infinity and -0', () => {
    const value = { m: [[1, NaN], [Infinity, -0]], s: 'x', b: true, n: null, mixed: [1, 'a', [2, 3]], e: [], k: 4 };
    const back = decodePlain(encodePlain(value)) as typeof value;
    expect(back).toEqual(value);
    expect(Object.is(back.m[1]![1], -0)).toBe(true);
  });

  it('keeps a "__proto__" key as a plain own key', () => {
    const back = decodePlain({ skeleton: '{"#o":{"__proto__":{"#":0}}}', numbers: new Float64Array([5]) }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe(5);
  });

  it('rejects malformed skeletons and out-of-range indices', () => {
    expect(() => decodePlain({ skeleton: '{"#":3}', numbers: new Float64Array(1) })).toThrow(CodecError);
    expect(() => decodePlain({ skeleton: '{"#a":[0,9]}', numbers: new Float64Array(2) })).toThrow(CodecError);
    expect(() => decodePlain({ skeleton: '{"x":1}', numbers: new Float64Array(0) })).toThrow(CodecError);
  });
});

describe('non-finite JSON (CLI contract)', () => {
  it('maps the strings "Infinity", "-Infinity" and "NaN" both ways', () => {
    expect(parseNonFiniteJson('[["Infinity","-Infinity","NaN","nan",1]]')).toEqual([[Infinity, -Infinity, NaN, 'nan', 1]]);
    expect(stringifyNonFiniteJson({ a: [Infinity, -Infinity, NaN, 2] })).toBe('{"a":["Infinity","-Infinity","NaN",2]}');
  });
});
