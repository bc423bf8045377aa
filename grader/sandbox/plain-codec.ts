/**
 * Wire format for plain data crossing the isolate boundary, both ways. Structured clone of large
 * nested number arrays through isolated-vm is slow (hundreds of ms for 512×512), and JSON loses
 * NaN/±Infinity and is slow on doubles; so every number travels in one Float64Array (a memcpy) and
 * the structure travels as a small JSON "skeleton":
 *
 *   number             → {"#": offset}
 *   array of numbers   → {"#a": [offset, length]}
 *   other array        → [ …encoded elements ]
 *   plain object       → {"#o": { key: encoded, … }}
 *   string/bool/null   → itself
 *
 * The in-isolate twin of this codec lives in isolate-prelude.ts.
 */
export interface EncodedPlain {
  skeleton: string;
  numbers: Float64Array;
}

export function encodePlain(value: unknown): EncodedPlain {
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
  const encode = (v: unknown): unknown => {
    if (typeof v === 'number') return { '#': push(v) };
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => typeof x === 'number')) {
        const start = used;
        for (const x of v as number[]) push(x);
        return { '#a': [start, v.length] };
      }
      return v.map(encode);
    }
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = encode(x);
      return { '#o': out };
    }
    throw new TypeError(`not plain data: ${typeof v}`);
  };
  const skeleton = JSON.stringify(encode(value));
  return { skeleton, numbers: numbers.slice(0, used) };
}

export class CodecError extends Error {}

/** Rebuilds plain data; anything that is not exactly the format above is rejected. */
export function decodePlain(encoded: EncodedPlain): unknown {
  const { numbers } = encoded;
  const num = (i: unknown): number => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= numbers.length) throw new CodecError('bad number index');
    return numbers[i]!;
  };
  const decode = (v: unknown): unknown => {
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
    if (Array.isArray(v)) return v.map(decode);
    if (typeof v !== 'object') throw new CodecError('bad skeleton');
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length !== 1) throw new CodecError('bad marker');
    if (keys[0] === '#') return num(o['#']);
    if (keys[0] === '#a') {
      const span = o['#a'];
      if (!Array.isArray(span) || span.length !== 2) throw new CodecError('bad span');
      const [start, length] = span as [unknown, unknown];
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 1) throw new CodecError('bad span');
      num(start);
      num((start as number) + length - 1);
      return Array.from(numbers.subarray(start as number, (start as number) + length));
    }
    if (keys[0] === '#o') {
      const inner = o['#o'];
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) throw new CodecError('bad object');
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(inner as Record<string, unknown>)) {
        // defineProperty: a key named "__proto__" must stay a plain own key
        Object.defineProperty(out, k, { value: decode(x), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    throw new CodecError('bad marker');
  };
  return decode(JSON.parse(encoded.skeleton));
}

