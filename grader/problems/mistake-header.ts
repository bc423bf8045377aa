import { isVerdict, type Verdict } from '../verdicts.ts';

export interface MistakeHeader {
  expect: Exclude<Verdict, 'accepted'>;
  description: string;
  /** the hidden test that must catch this mistake (`// caught-by: <test name>`) */
  caughtBy?: string;
}

/**
 * Reads the header lines of a mistakes/*.ts file: `// expect: <verdict>`, `// mistake: <text>` and the optional
 * `// caught-by: <hidden test name>`.
 */
export function parseMistakeHeader(source: string, file: string): MistakeHeader {
  const lines = source.split('\n', 8);
  const expect = lines.map((l) => /^\s*\/\/\s*expect:\s*(\S+)/.exec(l)?.[1]).find((v) => v !== undefined);
  const description = lines.map((l) => /^\s*\/\/\s*mistake:\s*(.+)$/.exec(l)?.[1]).find((v) => v !== undefined);
  if (expect === undefined) throw new Error(`${file}: missing "// expect: <verdict>" header line`);
  if (!isVerdict(expect) || expect === 'accepted') throw new Error(`${file}: "${expect}" is not an allowed expected verdict`);
  if (description === undefined) throw new Error(`${file}: missing "// mistake: <description>" header line`);
  const caughtBy = lines.map((l) => /^\s*\/\/\s*caught-by:\s*(.+)$/.exec(l)?.[1]).find((v) => v !== undefined)?.trim();
  return { expect, description: description.trim(), ...(caughtBy ? { caughtBy } : {}) };
}
