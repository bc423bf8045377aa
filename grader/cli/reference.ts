/**
 * npm run -s reference -- <slug> <input.json>
 * input.json: a JSON array of argument lists. Prints a JSON array with the reference's return value
 * for each, or { "error": "<message>" } where it threw. "Infinity", "-Infinity" and "NaN" stand for
 * non-finite numbers in both directions.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { runReference } from '../grade/expected-cache.ts';
import { parseNonFiniteJson, stringifyNonFiniteJson } from '../non-finite-json.ts';
import { getProblem } from '../problems/list-problems.ts';

const USAGE = 'usage: npm run -s reference -- <slug> <input.json>';
const ArgumentLists = z.array(z.array(z.unknown()));

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [slug, file] = argv as [string, string];
  const problem = await getProblem(slug);
  const parsed = ArgumentLists.safeParse(parseNonFiniteJson(await readFile(file, 'utf8')));
  if (!parsed.success) {
    process.stderr.write(`${file}: expected a JSON array of argument lists\n`);
    return 2;
  }
  const results: unknown[] = [];
  for (const args of parsed.data) {
    const r = await runReference(problem, args);
    results.push(r.kind === 'value' ? r.value : { error: r.message });
  }
  process.stdout.write(`${stringifyNonFiniteJson(results)}\n`);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`reference failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
