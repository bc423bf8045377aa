/**
 * A child process of `npm run problems:check` (run as `node --no-node-snapshot --import tsx`): checks the
 * packages its parent sends, one at a time, and answers with each result. See check-in-parallel.ts.
 */
import { pythonRuntime } from '../python/python-runtime.ts';
import { shutdownSandboxPool } from '../sandbox/sandbox-pool.ts';
import { checkProblem, type ProblemCheckResult } from './check-problem.ts';

export type CheckWorkerRequest = { type: 'check'; dir: string; slug: string } | { type: 'stop' };
export type CheckWorkerReply = { type: 'ready' } | { type: 'result'; result: ProblemCheckResult };

process.on('message', (raw: unknown) => {
  const request = raw as CheckWorkerRequest;
  if (request.type === 'stop') {
    shutdownSandboxPool();
    process.disconnect();
    return;
  }
  void pythonRuntime()
    .then((python) => checkProblem(request.dir, request.slug, python))
    .then((result) => process.send?.({ type: 'result', result } satisfies CheckWorkerReply));
});
process.on('disconnect', () => {
  shutdownSandboxPool();
  process.exit(0);
});
// the grader is loaded: from now on the parent times packages, not this process's start-up
void pythonRuntime().then(() => process.send?.({ type: 'ready' } satisfies CheckWorkerReply));
