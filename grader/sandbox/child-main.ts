/**
 * Entry point of the sandbox child process (run as `node --no-node-snapshot`). It never runs
 * candidate code outside an isolate. Isolates run on isolated-vm's own threads, so this thread stays
 * free to watch their CPU time and to send a heartbeat; the parent kills a child that goes silent.
 */
import { runJob } from './run-job.ts';
import { HEARTBEAT_MS, type ChildMessage, type SandboxJob } from './sandbox-protocol.ts';

function send(message: ChildMessage): void {
  process.send?.(message);
}

process.on('message', (raw: unknown) => {
  const job = raw as SandboxJob;
  if (job?.type !== 'run') return;
  const cpu0 = process.cpuUsage();
  const heartbeat = setInterval(() => send({ type: 'heartbeat', jobId: job.jobId }), HEARTBEAT_MS);
  runJob(job, send)
    .catch((error: unknown) => {
      // a failure of the harness itself: report it and ask to be replaced
      send({ type: 'load-failed', jobId: job.jobId, failure: { status: 'sandbox', message: 'the sandbox failed', detail: String(error) } });
      return true;
    })
    .then((recycle) => {
      clearInterval(heartbeat);
      const cpu = process.cpuUsage(cpu0);
      send({ type: 'done', jobId: job.jobId, recycle, cpuMs: (cpu.user + cpu.system) / 1000 });
    });
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
