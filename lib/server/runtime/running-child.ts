import type { ChildProcess } from 'node:child_process';
import type { Running } from './supervise';
import { stopChild } from './stop-child';

/** A child process as the supervisor sees it: how it exited, and a graceful stop. */
export function runningChild(child: ChildProcess): Running {
  const exited = new Promise<string>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(describeExit(child.exitCode, child.signalCode));
    child.once('exit', (code, signal) => resolve(describeExit(code, signal)));
    child.once('error', (error) => resolve(error.message));
  });
  return { exited, stop: () => stopChild(child) };
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}
