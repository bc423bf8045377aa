/**
 * The Python sandbox's seccomp filters, written as classic BPF by hand (libseccomp is not assumed on the
 * host, and Python's ctypes cannot reach it inside the sandbox). Two programs, stacked:
 *
 * - `sandboxFilter` is applied by bubblewrap (`--seccomp FD`) to everything inside the sandbox, the
 *   trusted fork server included: no sockets, ptrace, mount, keyring, namespaces, kernel modules,
 *   clock changes, BPF, io_uring and the like.
 * - `runnerFilter` is installed by each forked runner on itself before it reads the candidate's code:
 *   additionally no processes or threads, no exec, no signals to anyone, no rlimits of other
 *   processes, no scheduling changes, no files opened for writing, created, renamed or removed.
 *
 * Both are deny lists: a refused call fails with EPERM (ENOSYS where a fallback exists), so Python
 * raises an ordinary exception. Anything that is not native x86-64 (the x32 ABI, 32-bit calls) kills
 * the process. Numbers are the x86-64 table (asm/unistd_64.h); other architectures get no Python.
 */

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;

const RET_KILL_PROCESS = 0x80000000;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const EPERM = 1;
const EACCES = 13;
const ENOSYS = 38;

// classic BPF opcodes
const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;

/** offsets in struct seccomp_data */
const NR = 0;
const ARCH = 4;
const argLow = (i: number) => 16 + 8 * i;

const SYSCALLS = {
  open: 2, ioctl: 16, socket: 41, connect: 42, accept: 43, sendto: 44, recvfrom: 45, sendmsg: 46, recvmsg: 47,
  shutdown: 48, bind: 49, listen: 50, getsockname: 51, getpeername: 52, socketpair: 53, setsockopt: 54,
  getsockopt: 55, clone: 56, fork: 57, vfork: 58, execve: 59, kill: 62, truncate: 76, rename: 82, mkdir: 83,
  rmdir: 84, creat: 85, link: 86, unlink: 87, symlink: 88, chmod: 90, fchmod: 91, chown: 92, fchown: 93,
  lchown: 94, ptrace: 101, syslog: 103, rt_sigqueueinfo: 129, utime: 132, mknod: 133, uselib: 134,
  personality: 135, setpriority: 141, sched_setparam: 142, sched_setscheduler: 144, vhangup: 153,
  modify_ldt: 154, pivot_root: 155, _sysctl: 156, adjtimex: 159, chroot: 161, acct: 163, settimeofday: 164,
  mount: 165, umount2: 166, swapon: 167, swapoff: 168, reboot: 169, sethostname: 170, setdomainname: 171,
  iopl: 172, ioperm: 173, init_module: 175, delete_module: 176, quotactl: 179, nfsservctl: 180, setxattr: 188,
  lsetxattr: 189, fsetxattr: 190, removexattr: 197, lremovexattr: 198, fremovexattr: 199, tkill: 200,
  sched_setaffinity: 203, lookup_dcookie: 212, clock_settime: 227, tgkill: 234, utimes: 235, kexec_load: 246,
  add_key: 248, request_key: 249, keyctl: 250, ioprio_set: 251, migrate_pages: 256, openat: 257, mkdirat: 258,
  mknodat: 259, fchownat: 260, futimesat: 261, unlinkat: 263, renameat: 264, linkat: 265, symlinkat: 266,
  fchmodat: 268, unshare: 272, move_pages: 279, utimensat: 280, accept4: 288, rt_tgsigqueueinfo: 297,
  perf_event_open: 298, recvmmsg: 299, fanotify_init: 300, prlimit64: 302, name_to_handle_at: 303,
  open_by_handle_at: 304, clock_adjtime: 305, sendmmsg: 307, setns: 308, process_vm_readv: 310,
  process_vm_writev: 311, kcmp: 312, finit_module: 313, sched_setattr: 314, renameat2: 316, memfd_create: 319,
  kexec_file_load: 320, bpf: 321, execveat: 322, userfaultfd: 323, pidfd_send_signal: 424, io_uring_setup: 425,
  io_uring_enter: 426, io_uring_register: 427, open_tree: 428, move_mount: 429, fsopen: 430, fsconfig: 431,
  fsmount: 432, fspick: 433, pidfd_open: 434, clone3: 435, openat2: 437, pidfd_getfd: 438, mount_setattr: 442,
  quotactl_fd: 443, memfd_secret: 447,
} as const;

type SyscallName = keyof typeof SYSCALLS;

/** A refusal, always or only when one argument's low 32 bits match (the kernel reads these as 32-bit ints). */
interface Rule {
  name: SyscallName;
  errno: number;
  when?: { arg: number; anyBitOf: number } | { arg: number; equals: number } | { arg: number; notEqual: number };
}

const CLONE_NEW_NAMESPACES = 0x7e020000; // CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
const OPEN_FOR_WRITING = 0x400643; // O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | __O_TMPFILE
const TIOCSTI = 0x5412;
const TIOCLINUX = 0x541c;

const deny = (errno: number, ...names: SyscallName[]): Rule[] => names.map((name) => ({ name, errno }));

/** Everything inside the sandbox, the trusted fork server included. */
const SANDBOX_RULES: Rule[] = [
  ...deny(EPERM, 'socket', 'socketpair', 'connect', 'accept', 'accept4', 'bind', 'listen', 'sendto', 'recvfrom',
    'sendmsg', 'recvmsg', 'sendmmsg', 'recvmmsg', 'shutdown', 'getsockname', 'getpeername', 'setsockopt', 'getsockopt'),
  ...deny(EPERM, 'ptrace', 'process_vm_readv', 'process_vm_writev', 'kcmp', 'pidfd_getfd', 'perf_event_open', 'bpf',
    'userfaultfd', 'lookup_dcookie', 'syslog', 'personality', 'modify_ldt', 'uselib', 'iopl', 'ioperm'),
  ...deny(EPERM, 'mount', 'umount2', 'pivot_root', 'chroot', 'open_tree', 'move_mount', 'fsopen', 'fsconfig', 'fsmount',
    'fspick', 'mount_setattr', 'unshare', 'setns', 'name_to_handle_at', 'open_by_handle_at', 'fanotify_init',
    'mknod', 'mknodat', 'swapon', 'swapoff', 'quotactl', 'quotactl_fd', 'acct', 'vhangup', 'nfsservctl', '_sysctl'),
  ...deny(EPERM, 'add_key', 'request_key', 'keyctl', 'memfd_secret', 'reboot', 'kexec_load', 'kexec_file_load',
    'init_module', 'finit_module', 'delete_module', 'sethostname', 'setdomainname', 'settimeofday', 'clock_settime',
    'adjtimex', 'clock_adjtime'),
  // clone3 passes its flags in memory, which a filter cannot read: ENOSYS makes glibc fall back to clone
  ...deny(ENOSYS, 'io_uring_setup', 'io_uring_enter', 'io_uring_register', 'clone3'),
  { name: 'clone', errno: EPERM, when: { arg: 0, anyBitOf: CLONE_NEW_NAMESPACES } },
  { name: 'ioctl', errno: EPERM, when: { arg: 1, equals: TIOCSTI } },
  { name: 'ioctl', errno: EPERM, when: { arg: 1, equals: TIOCLINUX } },
];

/** Added by each runner on itself, before the candidate's code: what a solution never needs. */
const RUNNER_RULES: Rule[] = [
  ...deny(EPERM, 'clone', 'fork', 'vfork', 'execve', 'execveat'),
  ...deny(EPERM, 'kill', 'tkill', 'tgkill', 'rt_sigqueueinfo', 'rt_tgsigqueueinfo', 'pidfd_open', 'pidfd_send_signal'),
  { name: 'prlimit64', errno: EPERM, when: { arg: 0, notEqual: 0 } },
  ...deny(EPERM, 'setpriority', 'sched_setparam', 'sched_setscheduler', 'sched_setaffinity', 'sched_setattr',
    'ioprio_set', 'migrate_pages', 'move_pages'),
  { name: 'open', errno: EACCES, when: { arg: 1, anyBitOf: OPEN_FOR_WRITING } },
  { name: 'openat', errno: EACCES, when: { arg: 2, anyBitOf: OPEN_FOR_WRITING } },
  ...deny(ENOSYS, 'openat2'),
  ...deny(EACCES, 'creat', 'mkdir', 'mkdirat', 'rmdir', 'unlink', 'unlinkat', 'rename', 'renameat', 'renameat2', 'link',
    'linkat', 'symlink', 'symlinkat', 'chmod', 'fchmod', 'fchmodat', 'chown', 'fchown', 'lchown', 'fchownat',
    'truncate', 'utime', 'utimes', 'utimensat', 'futimesat', 'setxattr', 'lsetxattr', 'fsetxattr', 'removexattr',
    'lremovexattr', 'fremovexattr', 'memfd_create'),
];

/** One classic BPF instruction: struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; }. */
type Insn = [code: number, jt: number, jf: number, k: number];

const load = (offset: number): Insn => [LD_W_ABS, 0, 0, offset];
const ret = (action: number): Insn => [RET_K, 0, 0, action >>> 0];

/** One rule as a block that ends with the syscall number back in the accumulator when it does not apply. */
function ruleBlock(rule: Rule): Insn[] {
  const refuse = ret(RET_ERRNO | rule.errno);
  const nr = SYSCALLS[rule.name];
  if (!rule.when) return [[JEQ_K, 0, 1, nr], refuse];
  const { arg } = rule.when;
  // A = nr: skip the whole block unless it is this call; otherwise test the argument, refuse or reload nr
  const test: Insn =
    'anyBitOf' in rule.when ? [JSET_K, 0, 1, rule.when.anyBitOf]
    : 'equals' in rule.when ? [JEQ_K, 0, 1, rule.when.equals]
    : [JEQ_K, 1, 0, rule.when.notEqual];
  return [[JEQ_K, 0, 4, nr], load(argLow(arg)), test, refuse, load(NR)];
}

function assemble(rules: readonly Rule[]): Buffer {
  const program: Insn[] = [
    load(ARCH),
    [JEQ_K, 1, 0, AUDIT_ARCH_X86_64],
    ret(RET_KILL_PROCESS),
    load(NR),
    [JGE_K, 0, 1, X32_SYSCALL_BIT],
    ret(RET_KILL_PROCESS),
    ...rules.flatMap(ruleBlock),
    ret(RET_ALLOW),
  ];
  const out = Buffer.alloc(program.length * 8);
  program.forEach(([code, jt, jf, k], i) => {
    out.writeUInt16LE(code, i * 8);
    out.writeUInt8(jt, i * 8 + 2);
    out.writeUInt8(jf, i * 8 + 3);
    out.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return out;
}

/** The filter seccomp programs exist for this machine's architecture only. */
export function seccompSupported(): boolean {
  return process.arch === 'x64';
}

/** For `bwrap --seccomp FD`: the raw sock_filter array. */
export function sandboxFilter(): Buffer {
  return assemble(SANDBOX_RULES);
}

/** Installed by each runner with prctl(PR_SET_SECCOMP) on top of the sandbox filter. */
export function runnerFilter(): Buffer {
  return assemble(RUNNER_RULES);
}

/** The refused system calls, by filter (for the documentation test). */
export function refusedSyscalls(): { sandbox: string[]; runner: string[] } {
  return { sandbox: [...new Set(SANDBOX_RULES.map((r) => r.name))], runner: [...new Set(RUNNER_RULES.map((r) => r.name))] };
}
