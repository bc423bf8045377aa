import { isVerdict, type Verdict } from '../verdicts.ts';

export interface MistakeHeader {
  expect: Exclude<Verdict, 'accepted'>;
  description: string;
}

/** Reads the two header lines `// expect: <verdict>` and `// mistake: <text>` of a mistakes/*.ts file. */
export function parseMistakeHeader(source: string, file: string): MistakeHeader {
  const lines = source.split('\n', 8);
  const expect = lines.map((l) => /^\s*\/\/\s*expect:\s*(\S+)/.exec(l)?.[1]).find((v) => v !== undefined);
  const description = lines.map((l) => /^\s*\/\/\s*mistake:\s*(.+)$/.exec(l)?.[1]).find((v) => v !== undefined);
  if (expect === undefined) throw new Error(`${file}: missing "// expect: <verdict>" header line`);
  if (!isVerdict(expect) || expect === 'accepted') throw new Error(`${file}: "${expect}" is not an allowed expected verdict`);
  if (description === undefined) throw new Error(`${file}: missing "// mistake: <description>" header line`);
  return { expect, description: description.trim() };
}
