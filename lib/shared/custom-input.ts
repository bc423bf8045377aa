/**
 * "Run with my input": the arguments a candidate edits, checked against the TypeScript signature's parameter
 * types and the limits on a custom input, the same way in the browser (as they type) and on the server (before
 * anything is queued).
 */

/** Values (numbers, strings, booleans, nulls) in all arguments together: enough for any hand-written case. */
export const MAX_CUSTOM_VALUES = 10_000;
/** Nesting depth of any argument (the deepest signature is number[][][][]). */
const MAX_DEPTH = 8;

export type TypeNode =
  | { kind: 'number' | 'boolean' | 'string' | 'null' | 'any' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array'; of: TypeNode }
  | { kind: 'object'; fields: Array<{ name: string; type: TypeNode; optional: boolean }> }
  | { kind: 'union'; options: TypeNode[] };

/**
 * Parses the types signatures use: number, boolean, string, null, string and number literals, `T[]`,
 * `{ a: T; b?: U }`, unions and parentheses. Anything else is `any` (checked only as plain data).
 */
export function parseType(text: string): TypeNode {
  const tokens = text.match(/'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*|\[\]|[{}();:,|?]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const union = (): TypeNode => {
    const options = [postfix()];
    while (peek() === '|') {
      take();
      options.push(postfix());
    }
    return options.length === 1 ? options[0]! : { kind: 'union', options };
  };
  const postfix = (): TypeNode => {
    let node = primary();
    while (peek() === '[]') {
      take();
      node = { kind: 'array', of: node };
    }
    return node;
  };
  const primary = (): TypeNode => {
    const t = take();
    if (t === undefined) throw new Error('unexpected end');
    if (t === '(') {
      const inner = union();
      if (take() !== ')') throw new Error('expected )');
      return inner;
    }
    if (t === '{') {
      const fields: Array<{ name: string; type: TypeNode; optional: boolean }> = [];
      while (peek() !== '}') {
        const name = take();
        if (name === undefined || !/^[A-Za-z_$]/.test(name)) throw new Error('expected a field name');
        const optional = peek() === '?' && take() === '?';
        if (take() !== ':') throw new Error('expected :');
        fields.push({ name, type: union(), optional });
        if (peek() === ';' || peek() === ',') take();
      }
      take();
      return { kind: 'object', fields };
    }
    if (t === 'number' || t === 'boolean' || t === 'string' || t === 'null') return { kind: t };
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (/^['"]/.test(t)) return { kind: 'literal', value: t.slice(1, -1) };
    if (/^-?\d/.test(t)) return { kind: 'literal', value: Number(t) };
    throw new Error(`unsupported type ${t}`);
  };
  try {
    const node = union();
    return at === tokens.length ? node : { kind: 'any' };
  } catch {
    return { kind: 'any' };
  }
}

/** How a type reads in an error message. */
export function describeType(node: TypeNode): string {
  switch (node.kind) {
    case 'literal':
      return JSON.stringify(node.value);
    case 'array':
      return node.of.kind === 'array' ? `an array of ${describeType(node.of).replace(/^an array/, 'arrays')}` : `an array of ${describeType(node.of).replace(/^an? /, '')}s`;
    case 'object':
      return `an object with ${node.fields.map((f) => f.name).join(', ')}`;
    case 'union':
      return node.options.map(describeType).join(' or ');
    case 'any':
      return 'a value';
    case 'null':
      return 'null';
    default:
      return `a ${node.kind}`;
  }
}

/** The first place where `value` does not fit `type`, as a message naming the path, or null. */
function check(value: unknown, type: TypeNode, path: string, depth: number, count: { values: number }): string | null {
  if (depth > MAX_DEPTH) return `${path} is nested deeper than ${MAX_DEPTH} levels`;
  if (type.kind === 'union') {
    const errors = type.options.map((option) => check(value, option, path, depth, { values: 0 }));
    if (errors.some((e) => e === null)) return checkPlain(value, path, depth, count);
    return `${path} must be ${describeType(type)}`;
  }
  if (type.kind === 'any') return checkPlain(value, path, depth, count);
  if (type.kind === 'array') {
    if (!Array.isArray(value)) return `${path} must be ${describeType(type)}`;
    for (let i = 0; i < value.length; i++) {
      const error = check(value[i], type.of, `${path}[${i}]`, depth + 1, count);
      if (error) return error;
    }
    return null;
  }
  if (type.kind === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${path} must be ${describeType(type)}`;
    const record = value as Record<string, unknown>;
    const extra = Object.keys(record).find((k) => !type.fields.some((f) => f.name === k));
    if (extra !== undefined) return `${path} has a field ${extra} the signature does not declare`;
    for (const field of type.fields) {
      if (!(field.name in record)) {
        if (field.optional) continue;
        return `${path} is missing the field ${field.name}`;
      }
      const error = check(record[field.name], field.type, `${path}.${field.name}`, depth + 1, count);
      if (error) return error;
    }
    return null;
  }
  count.values++;
  if (type.kind === 'literal') return value === type.value ? null : `${path} must be ${describeType(type)}`;
  if (type.kind === 'null') return value === null ? null : `${path} must be null`;
  if (type.kind === 'number') return typeof value === 'number' && Number.isFinite(value) ? null : `${path} must be a number`;
  return typeof value === type.kind ? null : `${path} must be ${describeType(type)}`;
}

/** Plain JSON data (what the sandbox accepts), counting its values. */
function checkPlain(value: unknown, path: string, depth: number, count: { values: number }): string | null {
  if (depth > MAX_DEPTH) return `${path} is nested deeper than ${MAX_DEPTH} levels`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const error = checkPlain(value[i], `${path}[${i}]`, depth + 1, count);
      if (error) return error;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const error = checkPlain(v, `${path}.${k}`, depth + 1, count);
      if (error) return error;
    }
    return null;
  }
  count.values++;
  if (typeof value === 'number' && !Number.isFinite(value)) return `${path} must be a finite number`;
  return ['number', 'string', 'boolean'].includes(typeof value) || value === null ? null : `${path} is not plain data`;
}

/**
 * Checks a custom argument list against the parameters' declared types and the size limit. Returns one
 * message per parameter that does not fit (keyed by its name), and `_` for the whole input.
 */
export function validateCustomArgs(args: readonly unknown[], params: ReadonlyArray<{ name: string; type: string }>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (args.length !== params.length) {
    errors._ = `expected ${params.length} argument${params.length === 1 ? '' : 's'}, got ${args.length}`;
    return errors;
  }
  const count = { values: 0 };
  params.forEach((param, i) => {
    const error = check(args[i], param.type ? parseType(param.type) : { kind: 'any' }, param.name, 0, count);
    if (error) errors[param.name] = error;
  });
  if (count.values > MAX_CUSTOM_VALUES) errors._ = `a custom input holds at most ${MAX_CUSTOM_VALUES.toLocaleString('en')} values in all (this one has ${count.values.toLocaleString('en')})`;
  return errors;
}
