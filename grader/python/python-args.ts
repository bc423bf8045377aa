import type { EncodedPlain } from '../sandbox/plain-codec.ts';
import type { PyType } from './python-signature.ts';

const OTHER: PyType = { kind: 'other' };

/**
 * A test's arguments in the wire format the runner decodes (grader/python/sandbox/harness.py,
 * decode_args): the plain-codec format plus `{"#i": i}` and `{"#ai": [start, n]}` for numbers that
 * arrive as Python `int`, which they do where the parameter's annotation says `int` and the value is a
 * whole number.
 */
export function encodePythonArgs(args: readonly unknown[], types: readonly PyType[]): EncodedPlain {
  let numbers = new Float64Array(1024);
  let used = 0;
  const push = (x: number): number => {
    if (used === numbers.length) {
      const grown = new Float64Array(numbers.length * 2);
      grown.set(numbers);
      numbers = grown;
    }
    numbers[used] = x;
    return used++;
  };
  const asInt = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x);
  const encode = (v: unknown, type: PyType): unknown => {
    if (typeof v === 'number') return type.kind === 'int' && asInt(v) ? { '#i': push(v) } : { '#': push(v) };
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
    if (Array.isArray(v)) {
      const of = type.kind === 'list' ? type.of : OTHER;
      if (v.length > 0 && v.every((x) => typeof x === 'number')) {
        const ints = of.kind === 'int' && v.every(asInt);
        const start = used;
        for (const x of v as number[]) push(x);
        return { [ints ? '#ai' : '#a']: [start, v.length] };
      }
      return v.map((x) => encode(x, of));
    }
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const fieldType = type.kind === 'dict' ? type.of : type.kind === 'fields' ? (type.fields[k] ?? OTHER) : OTHER;
        out[k] = encode(x, fieldType);
      }
      return { '#o': out };
    }
    throw new TypeError(`not plain data: ${typeof v}`);
  };
  const skeleton = JSON.stringify(args.map((arg, i) => encode(arg, types[i] ?? OTHER)));
  return { skeleton, numbers: numbers.slice(0, used) };
}
