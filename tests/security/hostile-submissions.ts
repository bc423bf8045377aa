import type { Verdict } from '../../grader/verdicts.ts';

export interface HostileSubmission {
  name: string;
  slug: 'stable-softmax' | 'scaled-dot-product-attention';
  mode: 'samples' | 'all';
  expect: Verdict;
  code: string;
}

/** A correct softmax body, reused by submissions that misbehave around a right answer. */
const SOFTMAX = `function good(z: number[][]): number[][] {
  return z.map((row) => { let m = -Infinity; for (const v of row) if (v > m) m = v;
    const e = row.map((v) => Math.exp(v - m)); let s = 0; for (const x of e) s += x; return e.map((x) => x / s); });
}`;

const soft = (name: string, expect: Verdict, body: string, mode: 'samples' | 'all' = 'samples'): HostileSubmission => ({
  name,
  slug: 'stable-softmax',
  mode,
  expect,
  code: `${SOFTMAX}\n${body}`,
});

export const HOSTILE_SUBMISSIONS: HostileSubmission[] = [
  // time
  soft('sync infinite loop', 'time_limit_exceeded', 'export function softmax(z: number[][]) { while (true) {} }'),
  soft('infinite loop at top level', 'time_limit_exceeded', 'for (;;) {}\nexport function softmax(z: number[][]) { return good(z); }'),
  soft('infinite loop inside a callback', 'time_limit_exceeded', 'export function softmax(z: number[][]) { return z.map(() => { for (;;) {} }); }'),
  soft('async infinite loop (microtasks)', 'time_limit_exceeded', 'export function softmax(z: number[][]) { (async () => { for (;;) await null; })(); return good(z); }'),
  soft('never-settling promise', 'runtime_error', 'export function softmax(z: number[][]) { return new Promise(() => {}) as any; }'),
  soft('async entry', 'runtime_error', 'export async function softmax(z: number[][]) { return good(z); }'),
  soft('Atomics.wait forever', 'time_limit_exceeded', 'export function softmax(z: number[][]) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return good(z); }'),
  soft('slow native work the isolate timeout cannot cut short (parent kills the child)', 'time_limit_exceeded', 'export function softmax(z: number[][]) { const m = new WebAssembly.Memory({ initial: 1, maximum: 65536 }); for (let i = 0; i < 65535; i++) m.grow(1); return good(z); }'),
  soft('recursive microtask flood at top level', 'time_limit_exceeded', 'const spin = (): Promise<void> => Promise.resolve().then(spin); spin();\nexport function softmax(z: number[][]) { return good(z); }'),
  // memory
  soft('array allocation bomb', 'memory_limit_exceeded', 'export function softmax(z: number[][]) { const a: number[][] = []; for (;;) a.push(new Array(1e5).fill(1.5)); }'),
  // s += s builds a rope of 30 nodes that reaches V8's maximum string length using no memory at all: the
  // engine's RangeError is a runtime error like any other, whatever its text says
  soft('string doubling past the maximum string length', 'runtime_error', 'export function softmax(z: number[][]) { let s = "x"; for (;;) s += s; }'),
  soft('a RangeError that claims an allocation failure and carries the inputs', 'runtime_error', 'export function softmax(z: number[][]) { throw new RangeError("Invalid array length LEAK" + JSON.stringify(z)); }', 'all'),
  soft('typed array bomb', 'memory_limit_exceeded', 'export function softmax(z: number[][]) { const keep: Float64Array[] = []; for (;;) keep.push(new Float64Array(1e7)); }'),
  soft('WebAssembly memory bomb', 'memory_limit_exceeded', 'export function softmax(z: number[][]) { const m = new WebAssembly.Memory({ initial: 1, maximum: 65536 }); m.grow(65535); new Uint8Array(m.buffer).fill(1); return good(z); }'),
  soft('allocation bomb at top level', 'memory_limit_exceeded', 'const hoard: number[][] = []; for (;;) hoard.push(new Array(1e5).fill(2.5));\nexport function softmax(z: number[][]) { return good(z); }'),
  soft('stack overflow', 'runtime_error', 'function f(n: number): number { return f(n + 1) + 1; }\nexport function softmax(z: number[][]) { f(0); return good(z); }'),
  // escapes
  soft('constructor chain to process', 'runtime_error', 'export function softmax(z: number[][]) { const p = (z as any).constructor.constructor("return process")(); return p.mainModule.require("fs").readFileSync("/etc/passwd"); }'),
  soft('Function to globalThis.require', 'runtime_error', 'export function softmax(z: number[][]) { const g = Function("return this")(); return g.require("child_process").execSync("id"); }'),
  soft('eval sees no host', 'accepted', 'export function softmax(z: number[][]) { if (eval("typeof process + typeof require + typeof fetch") !== "undefinedundefinedundefined") return [[0]]; return eval("good")(z); }'),
  soft('dynamic import', 'runtime_error', 'export function softmax(z: number[][]) { return import("node:fs") as any; }'),
  soft('top-level await is refused', 'compile_error', 'await import("node:child_process");\nexport function softmax(z: number[][]) { return good(z); }'),
  soft('dynamic import at top level is inert', 'accepted', 'let leaked: unknown = null; import("node:child_process").then((m) => { leaked = m; }, () => {});\nexport function softmax(z: number[][]) { if (leaked !== null) return [[0]]; return good(z); }'),
  // poisoned built-ins meant to fool a comparison
  soft('poisoned Array.prototype', 'wrong_answer', 'export function softmax(z: number[][]) { Array.prototype.every = () => true; Array.prototype.some = () => false; Array.prototype.map = function () { return this; }; return z.map((r) => r.map(() => 7)); }'),
  soft('poisoned Math', 'wrong_answer', 'export function softmax(z: number[][]) { const r = z.map((row) => row.map(() => 0.5)); (Math as any).abs = () => 0; (Math as any).max = () => 0; return r; }'),
  soft('poisoned JSON', 'wrong_answer', 'export function softmax(z: number[][]) { const r = z.map((row) => row.map(() => 0.25)); JSON.stringify = () => "[]"; JSON.parse = () => good(z); return r; }'),
  soft('poisoned Object.is and Number.isNaN', 'wrong_answer', 'export function softmax(z: number[][]) { Object.is = () => true; Number.isNaN = () => true; return z.map((row) => row.map(() => NaN)); }'),
  soft('poisoned toJSON', 'wrong_answer', 'export function softmax(z: number[][]) { const right = good(z); (Array.prototype as any).toJSON = function () { return right; }; return z.map((row) => row.map(() => 0)); }'),
  soft('poisoned Array index setter', 'wrong_answer', 'export function softmax(z: number[][]) { Object.defineProperty(Array.prototype, "0", { set() {}, get() { return 1; }, configurable: true }); return z.map((row) => row.map(() => 0.3)); }'),
  // hostile results
  soft('Proxy result with a looping trap', 'time_limit_exceeded', 'export function softmax(z: number[][]) { return new Proxy(good(z), { get() { for (;;) {} } }); }'),
  soft('getter-backed element that throws', 'runtime_error', 'export function softmax(z: number[][]) { const r = good(z); Object.defineProperty(r, 0, { get() { throw new Error("gotcha"); } }); return r; }'),
  soft('valueOf objects instead of numbers', 'runtime_error', 'export function softmax(z: number[][]) { return z.map((row) => row.map(() => ({ valueOf: () => 0.5 }))) as any; }'),
  soft('cyclic result', 'runtime_error', 'export function softmax(z: number[][]) { const a: any[] = []; a.push(a); return a; }'),
  soft('function result', 'runtime_error', 'export function softmax(z: number[][]) { return (() => good(z)) as any; }'),
  soft('Map result', 'runtime_error', 'export function softmax(z: number[][]) { return new Map([[0, good(z)]]) as any; }'),
  soft('deeply nested result', 'runtime_error', 'export function softmax(z: number[][]) { let a: any = 1; for (let i = 0; i < 5000; i++) a = [a]; return a; }'),
  soft('huge result', 'output_limit_exceeded', 'export function softmax(z: number[][]) { return [new Array(5e6).fill(0)]; }'),
  soft('huge string result', 'output_limit_exceeded', 'export function softmax(z: number[][]) { return ["x".repeat(2e6)] as any; }'),
  soft('object with too many keys', 'output_limit_exceeded', 'export function softmax(z: number[][]) { const o: Record<string, boolean> = {}; for (let i = 0; i < 1.2e5; i++) o["key" + i] = true; return o as any; }'),
  soft('console flood', 'output_limit_exceeded', 'export function softmax(z: number[][]) { for (let i = 0; i < 200000; i++) console.log("spam spam spam spam"); return good(z); }'),
  // leaks and conventions
  soft('inputs leaked through an exception', 'runtime_error', 'export function softmax(z: number[][]) { throw new Error("LEAK" + JSON.stringify(z)); }', 'all'),
  soft('inputs leaked through console', 'accepted', 'export function softmax(z: number[][]) { console.log("LEAK" + JSON.stringify(z)); return good(z); }', 'all'),
  soft('mutated input', 'wrong_answer', 'export function softmax(z: number[][]) { const r = good(z); z[0]![0] = 42; return r; }'),
  soft('input mutated in a microtask after returning', 'wrong_answer', 'export function softmax(z: number[][]) { const r = good(z); Promise.resolve().then(() => { z[0]![0] = 42; }); return r; }'),
  soft('sleeping briefly is not a time limit', 'accepted', 'export function softmax(z: number[][]) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); return good(z); }'),
  soft('sleeping past the wall-clock cap', 'time_limit_exceeded', 'export function softmax(z: number[][]) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000); return good(z); }'),
  soft('top-level throw', 'runtime_error', 'throw new Error("boom");\nexport function softmax(z: number[][]) { return good(z); }'),
  soft('no export', 'runtime_error', 'export function notSoftmax(z: number[][]) { return good(z); }'),
  soft('syntax error', 'compile_error', 'export function softmax(z: number[][]) { return good(z) +; }'),
  soft('timers and host APIs are absent', 'runtime_error', 'export function softmax(z: number[][]) { setTimeout(() => {}, 0); return good(z); }'),
  {
    name: 'getter on an object result',
    slug: 'scaled-dot-product-attention',
    mode: 'samples',
    expect: 'runtime_error',
    code: 'export function scaledDotProductAttention(Q: number[][], K: number[][], V: number[][], mask: number[][] | null) { return { get output() { return Q; }, weights: Q }; }',
  },
];
