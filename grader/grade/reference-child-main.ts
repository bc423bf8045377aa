/**
 * Child process entry of `referenceInChild`: loads one package, runs its trusted reference on one argument list
 * received over IPC, sends the ExpectedValue back and exits.
 */
import { loadProblem } from '../problems/load-problem.ts';
import { runReference } from './expected-cache.ts';

process.once('message', (message: { dir: string; args: unknown[] }) => {
  void (async () => {
    const problem = await loadProblem(message.dir);
    process.send?.(await runReference(problem, message.args), () => process.exit(0));
  })().catch((error: unknown) => {
    process.send?.({ kind: 'error', message: `the reference could not run: ${error instanceof Error ? error.message : String(error)}` }, () => process.exit(0));
  });
});
