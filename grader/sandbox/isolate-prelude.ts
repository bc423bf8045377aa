/**
 * Trusted JavaScript evaluated in every fresh isolate BEFORE the candidate's code. It captures the
 * built-ins it needs in a closure (so a candidate who poisons Array.prototype, Object, JSON or Math
 * later cannot change how results are validated), installs a capped console and a seeded
 * Math.random, and evaluates to the harness: `harness('prepare', skeleton, numbers, seed)` decodes a
 * test's inputs, `harness('call', entry)` calls the candidate (the only call the host times as the
 * candidate's), `harness('collect', limits)` validates and encodes the result and compares the inputs with what
 * was passed in, after the microtasks the call queued have run.
 *
 * The harness validates that the result (and the inputs after the call) are plain data: arrays with
 * Array.prototype and no holes or extra keys, objects with Object.prototype or null prototype, data
 * properties only, no functions, symbols, cycles, and under a size cap. Only after that does the
 * host copy them out (structured clone), which then runs no candidate code: structured clone refuses
 * a Proxy without calling its traps, and getters were rejected here.
 *
 * Kept as a string: it must not be transformed by any bundler (no injected helpers).
 */
export const ISOLATE_PRELUDE = String.raw`(function () {
  'use strict';
  const G = globalThis;
  const ObjectProto = Object.prototype;
  const ArrayProto = Array.prototype;
  const isArray = Array.isArray;
  const getProto = Object.getPrototypeOf;
  const ownKeys = Reflect.ownKeys;
  const getDesc = Reflect.getOwnPropertyDescriptor;
  const hasOwn = Object.hasOwn;
  const defineProp = Reflect.defineProperty;
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const StringCtor = String;
  const imul = Math.imul;
  const MathObj = Math;
  const deleteProp = Reflect.deleteProperty;
  const strSlice = String.prototype.slice;
  const cut = (text, n) => (text.length > n ? apply(strSlice, text, [0, n]) : text);

  // ---- seeded Math.random (mulberry32), reset before every test ----
  let seedState = 1;
  function seededRandom() {
    seedState = (seedState + 0x6d2b79f5) >>> 0;
    let t = seedState;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  defineProp(MathObj, 'random', { value: seededRandom, writable: true, configurable: true });

  // ---- capped console ----
  const CONSOLE_KEEP = 8192;          // characters kept for display
  const CONSOLE_HARD_CAP = 1048576;   // characters written before output_limit_exceeded
  let consoleText = '';
  let consoleWritten = 0;
  function formatArg(a) {
    if (typeof a === 'string') return a;
    if (typeof a === 'number' || typeof a === 'boolean' || a === null || a === undefined) return '' + a;
    if (typeof a === 'bigint') return a + 'n';
    if (typeof a === 'symbol' || typeof a === 'function') return '[' + typeof a + ']';
    try {
      const s = stringify(a, (k, v) => typeof v === 'number' && !(v - v === 0) ? StringCtor(v) : v);
      return typeof s === 'string' ? s : '[object]';
    } catch (e) { return '[object]'; }
  }
  function write(level) {
    return function () {
      if (consoleWritten > CONSOLE_HARD_CAP) return;
      let line = level === 'log' ? '' : level + ': ';
      for (let i = 0; i < arguments.length; i++) {
        if (i > 0) line += ' ';
        line += formatArg(arguments[i]);
        if (line.length > 2000) { line = cut(line, 2000) + '…'; break; }
      }
      consoleWritten += line.length + 1;
      if (consoleText.length < CONSOLE_KEEP) consoleText += line + '\n';
    };
  }
  const sandboxConsole = {
    log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug'),
  };
  defineProp(G, 'console', { value: sandboxConsole, writable: true, configurable: true });

  // ---- plain-data codec (twin of plain-codec.ts) with validation ----
  const MAX_DEPTH = 32;
  const F64 = Float64Array;
  const f64Slice = getProto(F64.prototype).slice;
  const f64Set = getProto(F64.prototype).set;
  const f64Subarray = getProto(F64.prototype).subarray;
  const arrayFrom = Array.from;
  const ArrayCtor = Array;
  const parse = JSON.parse;
  function Invalid(kind, message) { this.kind = kind; this.message = message; }
  function encode(root, limits) {
    let nums = new F64(1024);
    let used = 0;
    let chars = 0;
    let otherLeaves = 0;
    function reserve(n) {
      if (used + n <= nums.length) return;
      if (used + n > limits.maxLeaves) throw new Invalid('output', 'the result is too large');
      let size = nums.length * 2;
      while (size < used + n) size *= 2;
      const grown = new F64(size);
      apply(f64Set, grown, [nums]);
      nums = grown;
    }
    function push(x) {
      reserve(1);
      nums[used] = x;
      return used++;
    }
    // null-prototype bookkeeping: no inherited setter a candidate planted can intercept writes
    const ancestors = { __proto__: null };
    let depthCount = 0;
    function visit(v, depth) {
      const t = typeof v;
      if (t === 'number') return { __proto__: null, '#': push(v) };
      if (t === 'boolean' || v === null) { if (++otherLeaves + used > limits.maxLeaves) throw new Invalid('output', 'the result is too large'); return v; }
      if (t === 'string') { chars += v.length; if (chars > limits.maxChars) throw new Invalid('output', 'strings in the result are too large'); return v; }
      if (t === 'undefined') throw new Invalid('plain', 'undefined in the result');
      if (t === 'function') throw new Invalid('plain', 'a function in the result');
      if (t === 'symbol' || t === 'bigint') throw new Invalid('plain', 'a ' + t + ' in the result');
      if (depth > MAX_DEPTH) throw new Invalid('plain', 'the result is nested too deeply');
      for (let i = 0; i < depthCount; i++) if (ancestors[i] === v) throw new Invalid('plain', 'the result is cyclic');
      ancestors[depthCount++] = v;
      let out;
      if (isArray(v)) {
        if (getProto(v) !== ArrayProto) throw new Invalid('plain', 'an array with a foreign prototype');
        const n = v.length;
        if (used + n > limits.maxLeaves) throw new Invalid('output', 'the result is too large');
        // numbers (the common case) in one pass, each element read once; anything else: the general path
        let start = -1;
        if (n > 0 && typeof v[0] === 'number') {
          reserve(n);
          start = used;
          let i = 0;
          for (; i < n; i++) {
            const x = v[i];
            if (typeof x !== 'number') break;
            nums[used++] = x;
          }
          if (i < n) {
            used = start;
            start = -1;
          }
        }
        if (start >= 0) {
          out = { __proto__: null, '#a': [start, n] };
        } else {
          out = [];
          for (let i = 0; i < n; i++) {
            const x = v[i];
            if (x === undefined && !hasOwn(v, i)) throw new Invalid('plain', 'an array with holes');
            defineProp(out, i, { value: visit(x, depth + 1), writable: true, enumerable: true, configurable: true });
          }
        }
      } else {
        const p = getProto(v);
        if (p !== ObjectProto && p !== null) throw new Invalid('plain', 'an object that is not a plain object');
        const keys = ownKeys(v);
        const fields = { __proto__: null };
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (typeof k !== 'string') throw new Invalid('plain', 'a symbol key in the result');
          chars += k.length + 1;
          if (chars > limits.maxChars) throw new Invalid('output', 'the result has too many keys');
          const d = getDesc(v, k);
          if (d === undefined || hasOwn(d, 'get') || hasOwn(d, 'set')) throw new Invalid('plain', 'a property defined by a getter');
          if (!d.enumerable) throw new Invalid('plain', 'a non-enumerable property');
          defineProp(fields, k, { value: visit(d.value, depth + 1), writable: true, enumerable: true, configurable: true });
        }
        out = { __proto__: null, '#o': fields };
      }
      depthCount--;
      return out;
    }
    const skeletonValue = visit(root, 0);
    // the skeleton is built only from our own null-prototype objects and fresh arrays; drop any toJSON a
    // candidate planted on Array.prototype before serializing
    if (getDesc(ArrayProto, 'toJSON') !== undefined && !deleteProp(ArrayProto, 'toJSON')) {
      throw new Invalid('plain', 'Array.prototype.toJSON cannot be removed');
    }
    if (getDesc(ObjectProto, 'toJSON') !== undefined && !deleteProp(ObjectProto, 'toJSON')) {
      throw new Invalid('plain', 'Object.prototype.toJSON cannot be removed');
    }
    return { skeleton: stringify(skeletonValue), numbers: apply(f64Slice, nums, [0, used]) };
  }
  function decode(skeleton, nums) {
    function build(v) {
      if (v === null || typeof v !== 'object') return v;
      if (isArray(v)) return apply(arrayFrom, ArrayCtor, [{ __proto__: null, length: v.length }, (_, i) => build(v[i])]);
      if (hasOwn(v, '#')) return nums[v['#']];
      if (hasOwn(v, '#a')) {
        const start = v['#a'][0];
        return apply(arrayFrom, ArrayCtor, [apply(f64Subarray, nums, [start, start + v['#a'][1]])]);
      }
      const inner = v['#o'];
      const keys = ownKeys(inner);
      const out = {};
      for (let i = 0; i < keys.length; i++) {
        defineProp(out, keys[i], { value: build(inner[keys[i]]), writable: true, enumerable: true, configurable: true });
      }
      return out;
    }
    return build(parse(skeleton));
  }

  // Whether a value still equals the input it was decoded from (the parsed skeleton and the numbers
  // block): read once, nothing allocated; NaN equals NaN, 0 equals -0, as the host's inputsEqual.
  function sameAsInput(v, node, nums) {
    if (node === null || typeof node !== 'object') return v === node;
    if (isArray(node)) {
      if (!isArray(v) || v.length !== node.length) return false;
      for (let i = 0; i < node.length; i++) if (!sameAsInput(v[i], node[i], nums)) return false;
      return true;
    }
    if (hasOwn(node, '#')) {
      const x = nums[node['#']];
      return typeof v === 'number' && (v === x || (v !== v && x !== x));
    }
    if (hasOwn(node, '#a')) {
      const start = node['#a'][0];
      const n = node['#a'][1];
      if (!isArray(v) || v.length !== n) return false;
      for (let i = 0; i < n; i++) {
        const a = v[i];
        const x = nums[start + i];
        if (typeof a !== 'number' || (a !== x && !(a !== a && x !== x))) return false;
      }
      return true;
    }
    const inner = node['#o'];
    if (v === null || typeof v !== 'object' || isArray(v)) return false;
    const keys = ownKeys(inner);
    if (ownKeys(v).length !== keys.length) return false;
    for (let i = 0; i < keys.length; i++) {
      const d = getDesc(v, keys[i]);
      if (d === undefined || !hasOwn(d, 'value') || !sameAsInput(d.value, inner[keys[i]], nums)) return false;
    }
    return true;
  }

  const RangeErrorProto = RangeError.prototype;
  function describeError(e) {
    try {
      if (e !== null && typeof e === 'object') {
        const name = typeof e.name === 'string' ? e.name : 'Error';
        const msg = typeof e.message === 'string' ? e.message : '';
        return cut(name + ': ' + msg, 2000);
      }
      return cut('thrown value: ' + formatArg(e), 2000);
    } catch (inner) { return 'an exception that could not be described'; }
  }
  // whether the engine may have thrown it for lack of memory; the host then asks the heap (never the text)
  function isRangeError(e) {
    try { return e !== null && typeof e === 'object' && getProto(e) === RangeErrorProto; } catch (inner) { return false; }
  }

  // ---- the per-test harness, in three calls so that the host times the candidate's call alone and
  // reads the result after the microtasks it queued have run ----
  let args = null;
  let input = null;
  let result;
  function prepare(argsSkeleton, argsNumbers, seed) {
    seedState = seed >>> 0;
    defineProp(MathObj, 'random', { value: seededRandom, writable: true, configurable: true });
    consoleText = '';
    consoleWritten = 0;
    args = decode(argsSkeleton, argsNumbers);
    input = { tree: parse(argsSkeleton), nums: argsNumbers };
    result = undefined;
  }
  function call(entry) {
    const ns = G.__candidate;
    const fn = ns !== null && ns !== undefined ? ns[entry] : undefined;
    if (typeof fn !== 'function') return { status: 'missing' };
    try {
      result = apply(fn, undefined, args);
    } catch (e) {
      return { status: 'threw', text: describeError(e), rangeError: isRangeError(e), console: consoleText, consoleWritten };
    }
    return { status: 'returned' };
  }
  function collect(limits) {
    if (consoleWritten > CONSOLE_HARD_CAP) return { status: 'output', message: 'console output exceeded the cap', console: consoleText, consoleWritten };
    let encodedResult;
    try {
      encodedResult = encode(result, limits);
    } catch (e) {
      if (e instanceof Invalid) return { status: e.kind, message: 'returned ' + e.message, console: consoleText, consoleWritten };
      return { status: 'unreadable', rangeError: isRangeError(e), console: consoleText, consoleWritten };
    }
    // the inputs, read after the microtasks the call queued: the first argument that changed, or -1
    let changed = -1;
    try {
      for (let i = 0; i < input.tree.length && changed < 0; i++) if (!sameAsInput(args[i], input.tree[i], input.nums)) changed = i;
    } catch (e) {
      return { status: 'mutated', message: 'the inputs were replaced by data that could not be read', console: consoleText, consoleWritten };
    }
    return {
      status: 'ok',
      resultSkeleton: encodedResult.skeleton, resultNumbers: encodedResult.numbers,
      changedArg: changed,
      console: consoleText, consoleWritten,
    };
  }
  return function harness(op, a, b, c) {
    if (op === 'prepare') return prepare(a, b, c);
    if (op === 'call') return call(a);
    return collect(a);
  };
})()`;
