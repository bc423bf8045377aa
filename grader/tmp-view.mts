import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listProblemDirs, loadProblem } from './index.ts';
const caught = JSON.parse(readFileSync('/tmp/trust-exp/caught.json', 'utf8')) as Array<{ slug: string; file: string; description: string; failedHidden: string[]; failedSamples: string[] }>;
const only = process.argv.slice(2);
for (const dir of await listProblemDirs()) {
  const slug = path.basename(dir);
  if (only.length && !only.includes(slug)) continue;
  const p = await loadProblem(dir);
  const body = p.statementMd.replace(/^Source:.*$/m, '').trim();
  console.log(`\n######## ${slug}  limits ${JSON.stringify(p.limits)} tol ${JSON.stringify(p.tolerance)}\n${body}\n--- tests`);
  for (const c of p.tests.cases) console.log(`  ${c.sample ? 'S' : 'H'}${c.expectError ? ' ERR' : ''}${c.check ? ` [${c.check}]` : ''}${c.tolerance ? ` tol=${JSON.stringify(c.tolerance)}` : ''} ${c.name}`);
  console.log('--- mistakes');
  for (const m of caught.filter((x) => x.slug === slug)) console.log(`  ${m.file}: ${m.description}\n     hidden fails: ${m.failedHidden.join(' | ')}`);
}
process.exit(0);
