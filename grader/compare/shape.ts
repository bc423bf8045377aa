/** Shape of nested arrays ([] for a scalar), or null where the nesting is ragged or not numeric. */
export function shapeOf(value: unknown): number[] | null {
  if (typeof value === 'number') return [];
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return [0];
  // a row of numbers (the common leaf level) without a shape per number
  if (typeof value[0] === 'number') return value.every((x) => typeof x === 'number') ? [value.length] : null;
  const inner = shapeOf(value[0]);
  if (inner === null) return null;
  for (let i = 1; i < value.length; i++) {
    const s = shapeOf(value[i]);
    if (s === null || s.length !== inner.length || s.some((d, k) => d !== inner[k])) return null;
  }
  return [value.length, ...inner];
}

/** "4×3", "length 5", "scalar" */
export function formatShape(shape: number[] | null, value: unknown): string {
  if (shape === null) return Array.isArray(value) ? `ragged array of length ${value.length}` : describeType(value);
  if (shape.length === 0) return 'scalar';
  if (shape.length === 1) return `length ${shape[0]}`;
  return shape.join('×');
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `output[2][1]` / `centroids[0][3]` */
export function formatPath(path: ReadonlyArray<string | number>, root = 'output'): string {
  let out = '';
  for (const [i, p] of path.entries()) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += i === 0 ? p : `.${p}`;
  }
  if (path.length === 0 || typeof path[0] === 'number') return root + out;
  return out;
}
