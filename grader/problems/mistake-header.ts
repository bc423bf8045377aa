import { isVerdict, type Verdict } from '../verdicts.ts';

export interface MistakeHeader {
  expect: Exclude<Verdict, 'accepted'>;
  description: string;
  /** the hidden test that must catch this mistake (`// caught-by: <test name>`) */
  caughtBy?: string;
}

/**
 * Reads the header lines of a mistakes/*.ts or mistakes/*.py file: `// expect: <verdict>`, `// mistake: <text>` and
 * the optional `// caught-by: <hidden test name>` (in Python, `#` instead of `//`).
 */
export function parseMistakeHeader(source: string, file: string): MistakeHeader {
  const c = file.endsWith('.py') ? '#' : '//';
  const lines = source.split('\n', 8);
  const field = (name: string) => lines.map((l) => new RegExp(`^\\s*${c}\\s*${name}:\\s*(.+)$`).exec(l)?.[1]?.trim()).find((v) => v !== undefined);
  const expect = field('expect')?.split(/\s/)[0];
  const description = field('mistake');
  if (expect === undefined) throw new Error(`${file}: missing "${c} expect: <verdict>" header line`);
  if (!isVerdict(expect) || expect === 'accepted') throw new Error(`${file}: "${expect}" is not an allowed expected verdict`);
  if (description === undefined) throw new Error(`${file}: missing "${c} mistake: <description>" header line`);
  const caughtBy = field('caught-by');
  return { expect, description: description.trim(), ...(caughtBy ? { caughtBy } : {}) };
}
