import { existsSync } from 'node:fs';

const SETPRIV = '/usr/bin/setpriv';

/**
 * How to start a sandbox child so that the kernel kills it the moment its parent dies, even while it is
 * busy inside an isolate and can run no handler of its own: util-linux's setpriv sets the parent-death
 * signal (PR_SET_PDEATHSIG) and then becomes the child. Without setpriv (not Linux), the child still
 * exits when its IPC channel closes, but only once the test it is running has ended.
 */
export function exitWithParent(nodeArgs: string[]): { execPath: string; execArgv: string[] } {
  if (process.platform !== 'linux' || !existsSync(SETPRIV)) return { execPath: process.execPath, execArgv: nodeArgs };
  return { execPath: SETPRIV, execArgv: ['--pdeathsig', 'KILL', '--', process.execPath, ...nodeArgs] };
}
