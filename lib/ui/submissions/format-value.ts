const MAX_CHARS = 6_000;

/** A number as a person compares it: up to 10 significant digits, exponent for very small or large. */
export function formatNumber(value: unknown): string {
  if (typeof value === 'string') return value; // "NaN", "Infinity", "-Infinity"
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e10)) return value.toExponential(4);
  return String(Number(value.toPrecision(10)));
}

/**
 * A test value as readable text: arrays of numbers on one line, one row of a matrix per line,
 * objects one field per line; cut at a few thousand characters.
 */
export function formatValue(value: unknown): string {
  const text = render(value, '');
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}\n… (${text.length - MAX_CHARS} more characters)` : text;
}

const INLINE_CHARS = 72;

function render(value: unknown, indent: string): string {
  if (isContainer(value)) {
    const inline = renderInline(value, INLINE_CHARS);
    if (inline !== null) return inline;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => !isContainer(v))) return `[${value.map(renderLeaf).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + render(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (isContainer(value)) {
    const inner = indent + '  ';
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${k}: ${render(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return renderLeaf(value);
}

/** The value on one line, or null as soon as it is longer than `budget` (a large matrix is not rendered just to be thrown away). */
function renderInline(value: unknown, budget: number): string | null {
  if (!isContainer(value)) return renderLeaf(value);
  const array = Array.isArray(value);
  const parts: string[] = [];
  let length = 4;
  for (const [key, item] of array ? (value as unknown[]).entries() : Object.entries(value as Record<string, unknown>)) {
    const text = renderInline(item, budget - length);
    if (text === null) return null;
    const part = array ? text : `${key}: ${text}`;
    length += part.length + 2;
    if (length > budget) return null;
    parts.push(part);
  }
  return array ? `[${parts.join(', ')}]` : parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function renderLeaf(value: unknown): string {
  if (typeof value === 'number' || value === 'NaN' || value === 'Infinity' || value === '-Infinity') return formatNumber(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value);
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
