/**
 * A least-recently-used map bounded by an estimated size in bytes, so a worker that grades every
 * problem keeps its memory bounded however many problems and versions it has seen.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry); // most recently used last
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** Corrects the size of an entry whose value grew once known (a settled promise). */
  resize(key: string, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.delete(key);
    this.set(key, entry.value, bytes);
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  get sizeBytes(): number {
    return this.bytes;
  }
}

/** A rough size of plain data in memory: 8 bytes a number, more for containers and strings. */
export function plainBytes(value: unknown): number {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return 8;
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (Array.isArray(value)) return value.reduce((s: number, x) => s + plainBytes(x), 32);
  if (typeof value === 'object') return Object.entries(value).reduce((s, [k, x]) => s + 16 + 2 * k.length + plainBytes(x), 64);
  return 8;
}

/** Megabytes from an environment variable, or the default. */
export function cacheBudgetBytes(variable: string, defaultMb: number): number {
  const mb = Number(process.env[variable]);
  return (Number.isFinite(mb) && mb > 0 ? mb : defaultMb) * 2 ** 20;
}
