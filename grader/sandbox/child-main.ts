/**
 * Entry point of the sandbox child process (run as `node --no-node-snapshot`). It never runs
 * candidate code outside an isolate; the parent kills this process when it overruns.
 */
import { runJob } from './run-job.ts';
import type { ChildMessage, SandboxJob } from './sandbox-protocol.ts';

function send(message: ChildMessage): void {
  process.send?.(message);
}

process.on('message', (raw: unknown) => {
  const job = raw as SandboxJob;
  if (job?.type !== 'run') return;
  let recycle = false;
  try {
    recycle = runJob(job, send);
  } catch (error) {
    // a failure of the harness itself: report it and ask to be replaced
    send({ type: 'load-failed', jobId: job.jobId, failure: { status: 'sandbox', message: String(error) } });
    recycle = true;
  }
  send({ type: 'done', jobId: job.jobId, recycle });
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
