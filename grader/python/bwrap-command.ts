import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';
export const BWRAP = '/usr/bin/bwrap';

/** The trusted Python files (zygote, harness), mounted read-only at /sandbox. */
export const SANDBOX_SOURCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sandbox');

/** File descriptors the sandbox receives beyond stdio. */
export const RUNNER_FILTER_FD = 3;
export const SANDBOX_FILTER_FD = 4;

/** /lib, /lib64, /bin, /sbin: symlinks into /usr on merged-/usr systems, real directories elsewhere. */
function rootLinks(): string[] {
  const args: string[] = [];
  for (const dir of ['/bin', '/sbin', '/lib', '/lib64', '/lib32', '/libx32']) {
    if (!existsSync(dir)) continue;
    const stat = lstatSync(dir);
    if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else if (stat.isDirectory()) args.push('--ro-bind', dir, dir);
  }
  return args;
}

/**
 * bubblewrap's command line for one warm sandbox: new user, PID, network, IPC, UTS and cgroup namespaces;
 * only /usr (read-only), the alternatives links numpy's BLAS resolves through and the sandbox's own
 * Python files; a private empty /tmp; uid and gid 65534; no capabilities; a new session (no terminal
 * injection); killed with the grading process; no environment but single-threaded BLAS; and the
 * sandbox-wide seccomp filter, read from SANDBOX_FILTER_FD.
 */
export function bwrapArgs(script = 'zygote.py'): string[] {
  return [
    '--unshare-user', '--unshare-pid', '--unshare-net', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try',
    '--die-with-parent', '--new-session', '--cap-drop', 'ALL',
    '--uid', '65534', '--gid', '65534',
    '--ro-bind', '/usr', '/usr',
    ...rootLinks(),
    '--ro-bind-try', '/etc/alternatives', '/etc/alternatives',
    '--ro-bind-try', '/etc/ld.so.cache', '/etc/ld.so.cache',
    '--ro-bind', SANDBOX_SOURCE_DIR, '/sandbox',
    '--proc', '/proc',
    '--dev', '/dev',
    '--tmpfs', '/tmp',
    '--chdir', '/tmp',
    '--clearenv',
    '--setenv', 'PATH', '/usr/bin',
    '--setenv', 'LANG', 'C.UTF-8',
    '--setenv', 'OPENBLAS_NUM_THREADS', '1',
    '--setenv', 'OMP_NUM_THREADS', '1',
    '--setenv', 'MKL_NUM_THREADS', '1',
    '--setenv', 'PYTHONHASHSEED', '0',
    '--seccomp', String(SANDBOX_FILTER_FD),
    PYTHON, '-I', '-B', `/sandbox/${script}`,
  ];
}
