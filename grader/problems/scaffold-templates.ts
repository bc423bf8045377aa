import type { FrontMatter } from './front-matter.ts';
import { snakeCase } from '../python/python-signature.ts';
import { SCAFFOLD_MARKER } from './scaffold-markers.ts';
import { STUDY_SHEET_TITLES, type SeedNumber } from './study-sheets.ts';


export interface ScaffoldSource {
  /** the study sheet's file name (`002_273e6087ab1c4c16.txt`) or its number */
  seed: string;
  seedNumber: SeedNumber;
  /** the catalog entry's source line, kept as a comment for the author */
  catalogSource?: string;
}

export interface ScaffoldSpec {
  slug: string;
  title: string;
  topic: FrontMatter['topic'];
  difficulty: FrontMatter['difficulty'];
  entry: string;
  signature: string;
  params: string[];
  types: string[];
  returns: string;
  sources: ScaffoldSource[];
  catalog: string[];
}

const M = SCAFFOLD_MARKER;
const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

export function problemMd(spec: ScaffoldSpec): string {
  const source = spec.sources.flatMap((s) => [
    ...(s.catalogSource ? [`  # catalog: ${s.catalogSource.replace(/\s+/g, ' ')}`] : []),
    `  - seed: ${q(s.seed)}`,
    `    section: ${q(`${M}: the section's name as the study sheet titles it`)}`,
    `    lines: ${q(`${M}: line ranges, for maintainers (optional)`)}`,
  ]);
  const catalog = spec.catalog.length > 0 ? ['catalog:', ...spec.catalog.map((id) => `  - ${q(id)}`)] : [`# catalog: ${M}: the catalog entries this implements, "<seed>:<slug>"`];
  const cite = spec.sources.map((s) => `*${STUDY_SHEET_TITLES[s.seedNumber]}*, “${M}: section name”`).join('; ');
  return `---
title: ${q(spec.title)}
topic: ${spec.topic}
difficulty: ${spec.difficulty}
source:
${source.join('\n')}
${catalog.join('\n')}
teaches: []                     # ${M}: what it teaches, as lowercase keywords a candidate searches for
entry: ${spec.entry}
signature: ${q(spec.signature)}
limits:
  timeMs: 2000
  memoryMb: 128
tolerance:                      # float64 reference; a TensorFlow.js (float32) one needs about rtol 1e-4, atol 1e-5
  rtol: 1.0e-6
  atol: 1.0e-9
---

# ${spec.title}

${M}: what \`${spec.entry}\` computes, in your own words, with the math in KaTeX ($…$ inline, $$…$$ displayed).
Define every convention the tests rely on: layouts, tie-breaking, the edge cases.

## Rules

- ${M}: conventions, layouts, tie-breaking, what the output holds.
- ${M}: bad input (empty arrays, mismatched lengths, invalid parameters): throw an \`Error\`, or the defined result.
- Do not modify the inputs.

## Example

${M}: the first sample test, worked by hand.

Answers are compared with $|a-b| \\le 10^{-9} + 10^{-6}\\,|b|$ per entry.

Source: ${cite}.
`;
}

/** A placeholder argument of roughly the declared type, so the skeleton runs. */
function placeholderArg(type: string, seedExpr: string): string {
  const t = type.replace(/\s+/g, '');
  if (/^(readonly)?number\[\]\[\]$/.test(t)) return `${seedExpr}.matrix(4, 3, -5, 5)`;
  if (/^(readonly)?number\[\]$/.test(t)) return `${seedExpr}.vector(6, -5, 5)`;
  if (t === 'number') return '1';
  if (t === 'boolean') return 'false';
  if (t === 'string') return "''";
  return `null /* ${M}: a ${type || 'value'} */`;
}

function argList(spec: ScaffoldSpec, seedExpr: string): string {
  return spec.params.map((p, i) => `/* ${p} */ ${placeholderArg(spec.types[i] ?? '', seedExpr)}`).join(', ');
}

export function testsTs(spec: ScaffoldSpec): string {
  return `import { defineTests, rng } from '../../grader/kit.ts';

// ${M}: every case the statement and the catalog entry name (grader/PROBLEM_FORMAT.md, "Honest tests"):
// the worked example as a sample, every edge case, bad input (expectError), seeded random cases kept away from
// decision boundaries, and a large case when the statement states a complexity bound. At least 12 cases.
export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [${argList(spec, 'rng(1)')}] },
    { name: 'second sample', sample: true, args: [${argList(spec, 'rng(2)')}] },
    { name: 'bad input throws', args: [${argList(spec, 'rng(3)')}], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(100 + i);
      return { name: \`random \${i + 1}\`, args: [${argList(spec, 'r')}] };
    }),
  ],
});
`;
}

/** A body that compiles under any return type and is never accepted. */
function body(indent: string, message: string): string {
  return `${indent}throw new Error(${q(message)});`;
}

export function referenceTs(spec: ScaffoldSpec): string {
  return `// ${M}: the trusted implementation, run in the host. Plain float64 TypeScript where decisions are discrete,
// loops are long or float32 is not enough (shared helpers in grader/reference-kit/); TensorFlow.js only where
// float32 meets a tenth of the tolerance. Throws an Error with a clear message on bad input.
${spec.signature} {
${body('  ', `${M}: reference not written`)}
}
`;
}

export function solutionTs(spec: ScaffoldSpec): string {
  return `// ${M}: a known-good candidate solution; self-contained (no imports), runs in the sandbox.
${spec.signature} {
${body('  ', `${M}: solution not written`)}
}
`;
}

export function starterTs(spec: ScaffoldSpec): string {
  return `// ${M}: what the candidate starts from: this signature, a one-line hint, a result of the right shape that is not accepted.
${spec.signature} {
  // TODO: implement ${spec.entry}
${body('  ', 'not implemented yet')}
}
`;
}

export function mistakeTs(spec: ScaffoldSpec): string {
  return `// expect: wrong_answer
// mistake: ${M}: a realistic interview mistake, in one line (at least two mistakes per package, one file each)
// caught-by: random 1
${spec.signature} {
${body('  ', `${M}: the mistaken solution`)}
}
`;
}

/** A Python annotation for a TypeScript type of plain data; object results become `dict` (declare a TypedDict). */
function pythonType(ts: string): string {
  const t = ts.replace(/\s+/g, '');
  if (t.endsWith('|null')) return `${pythonType(t.slice(0, -5))} | None`;
  const array = /^(number|string|boolean)((?:\[\])*)$/.exec(t);
  if (array) {
    const scalar = { number: 'float', string: 'str', boolean: 'bool' }[array[1] as 'number' | 'string' | 'boolean'];
    return Array.from({ length: array[2]!.length / 2 }).reduce<string>((inner) => `list[${inner}]`, scalar);
  }
  return t.startsWith('{') ? 'dict' : t.startsWith('[') ? 'tuple' : 'object';
}

function pythonDef(spec: ScaffoldSpec): string {
  // one-letter matrix names stay as in the statement (X, W); the rest snake_case
  const params = spec.params.map((p, i) => `${/^[A-Z]$/.test(p) ? p : snakeCase(p)}: ${pythonType(spec.types[i] ?? '')}`);
  return `def ${snakeCase(spec.entry)}(${params.join(', ')}) -> ${pythonType(spec.returns)}:`;
}

export function starterPy(spec: ScaffoldSpec): string {
  return `# ${M}: the Python starter (grader/PROBLEM_FORMAT.md, "Python"): \`int\` for counts, indices and labels,
# a TypedDict for an object result, a docstring, and a well-formed placeholder result that is not accepted.
import numpy as np


${pythonDef(spec)}
    """What to return, in a sentence or two; the statement has the rest."""
    # TODO: implement ${snakeCase(spec.entry)}
    raise NotImplementedError("not implemented yet")
`;
}

export function solutionPy(spec: ScaffoldSpec): string {
  return `# ${M}: a known-good Python solution: numpy where it is natural, the statement's ties and edge cases exactly.
import numpy as np


${pythonDef(spec)}
    raise NotImplementedError(${q(`${M}: solution not written`)})
`;
}
