import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { CodePosition } from '../sandbox/sandbox-protocol.ts';

/** Maps a position in the code the sandbox ran back to the candidate's source; identity where there is no map (Python). */
export type PositionMapper = (at: CodePosition) => CodePosition | null;

/** A mapper from esbuild's source map (lines 1-based, columns 1-based on both sides). */
export function sourcePositionMapper(map: string | undefined): PositionMapper {
  if (!map) return (at) => at;
  let traced: TraceMap | null = null;
  return (at) => {
    traced ??= new TraceMap(map);
    const original = originalPositionFor(traced, { line: at.line, column: Math.max(0, at.column - 1) });
    return original.line === null ? null : { line: original.line, column: original.column + 1 };
  };
}

/** The candidate's exception text with where it was thrown, as Python's runtime already writes it. */
export function withLocation(text: string, at: CodePosition | null | undefined): string {
  return at ? `${text} (line ${at.line}, column ${at.column})` : text;
}
