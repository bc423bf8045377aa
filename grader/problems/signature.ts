export interface ParsedSignature {
  name: string;
  params: string[];
  /** each parameter's declared type as written ('' where none is declared) */
  types: string[];
  /** the declared return type as written ('' where none is declared) */
  returns: string;
}

/**
 * Parameter names of `export function name(a: T, b: U): R`. Commas nested in types (generics,
 * tuples, object types) are skipped by tracking bracket depth.
 */
export function parseSignature(signature: string): ParsedSignature | null {
  const head = /export\s+function\s+([A-Za-z_$][\w$]*)\s*\(/.exec(signature);
  if (!head) return null;
  let depth = 0;
  let current = '';
  const parts: string[] = [];
  for (let i = head.index + head[0].length; i < signature.length; i++) {
    const ch = signature[i]!;
    if (depth === 0 && ch === ')') {
      if (current.trim()) parts.push(current);
      const trimmed = parts.map((p) => p.trim());
      return {
        name: head[1]!,
        params: trimmed.map((p) => p.split(/[?:=\s]/)[0]!.replace(/^\.\.\./, '')),
        types: trimmed.map((p) => /^[^:=]*:\s*([\s\S]*?)\s*(?:=.*)?$/.exec(p)?.[1] ?? ''),
        returns: /^\s*:\s*([\s\S]*?)\s*\{?\s*$/.exec(signature.slice(i + 1))?.[1] ?? '',
      };
    }
    if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch) && !(ch === '>' && signature[i - 1] === '=')) depth--;
    if (depth === 0 && ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return null;
}
