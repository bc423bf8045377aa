import { getProblem, gradeSubmission, shutdownSandboxPool } from './index.ts';
for (const slug of ['stable-softmax', 'roc-auc', 'logistic-regression-gd']) {
  const p = await getProblem(slug);
  await gradeSubmission({ problem: p, code: p.solutionCode, mode: 'all' });
  const rows = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const r = await gradeSubmission({ problem: p, code: p.solutionCode, mode: 'all' });
    const c = process.cpuUsage(c0);
    rows.push(`total ${r.timing.totalMs} cand ${r.timing.candidateMs?.toFixed(1)} parentCpu ${((c.user + c.system) / 1000).toFixed(0)} gradingCpu ${r.timing.cpuMs?.toFixed(0)} budget ${(1.3 * r.timing.candidateMs! + 30).toFixed(0)}`);
  }
  console.log(slug, '\n ', rows.join('\n  '));
}
shutdownSandboxPool();
