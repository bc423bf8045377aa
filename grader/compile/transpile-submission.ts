import { transform } from 'esbuild';

/** Submissions larger than this are refused before compiling. */
export const MAX_SOURCE_BYTES = 256 * 1024;

export type TranspileResult =
  /** `map`: the source map (TypeScript only), to put runtime errors' positions back into the candidate's lines */
  | { ok: true; code: string; map?: string }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * TypeScript → JavaScript. Type errors do not block (esbuild does not type-check); syntax errors are a
 * compile error with line and column. The output is an IIFE that assigns the module's exports to
 * the global `__candidate`, which the in-isolate harness reads.
 */
export async function transpileSubmission(source: string): Promise<TranspileResult> {
  if (Buffer.byteLength(source, 'utf8') > MAX_SOURCE_BYTES) {
    return { ok: false, message: `the submission is larger than ${MAX_SOURCE_BYTES / 1024} KB` };
  }
  try {
    const out = await transform(source, {
      loader: 'ts',
      format: 'iife',
      globalName: '__candidate',
      target: 'es2022',
      sourcefile: 'submission.ts',
      sourcemap: 'external',
      logLevel: 'silent',
    });
    return { ok: true, code: out.code, map: out.map };
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string; location?: { line: number; column: number } | null }> }).errors;
    const first = errors?.[0];
    if (!first) return { ok: false, message: String(error) };
    const loc = first.location;
    if (!loc) return { ok: false, message: first.text };
    // esbuild columns are 0-based; editors count from 1
    return { ok: false, message: `${loc.line}:${loc.column + 1}: ${first.text}`, line: loc.line, column: loc.column + 1 };
  }
}
