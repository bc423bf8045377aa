import { existsSync } from 'node:fs';

/**
 * A sandbox's CPU scheduling priority. Limits are CPU time, so the verdict is the same either way; a
 * `low` sandbox only yields the CPU to `normal` ones when the machine is busy (the worker gives it to
 * users past their grading budget, so their jobs cannot slow everyone else's).
 */
export type CpuPriority = 'normal' | 'low';

const SETPRIV = '/usr/bin/setpriv';
const NICE = '/usr/bin/nice';
const LOW_PRIORITY_NICENESS = '10';

/**
 * How to start a sandbox process (`command` with `args`; for the isolate's child, node and its flags):
 *  - killed by the kernel the moment its parent dies, even while it is busy inside an isolate and can run
 *    no handler of its own: util-linux's setpriv sets the parent-death signal (PR_SET_PDEATHSIG) and then
 *    becomes the process (bubblewrap does the same itself with --die-with-parent, so `exitWithParent` is
 *    false for it). Without setpriv (not Linux) the child still exits when its IPC channel closes, once
 *    the test it runs has ended;
 *  - at `low` priority through coreutils' nice, which every thread it starts inherits.
 */
export function sandboxCommand(command: string, args: string[], { priority, exitWithParent }: { priority: CpuPriority; exitWithParent: boolean }): { command: string; args: string[] } {
  let launch = { command, args };
  if (exitWithParent && process.platform === 'linux' && existsSync(SETPRIV)) launch = { command: SETPRIV, args: ['--pdeathsig', 'KILL', '--', command, ...args] };
  if (priority === 'low' && existsSync(NICE)) launch = { command: NICE, args: ['-n', LOW_PRIORITY_NICENESS, launch.command, ...launch.args] };
  return launch;
}
