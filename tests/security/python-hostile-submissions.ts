import type { Verdict } from '../../grader/verdicts.ts';

export interface HostilePythonSubmission {
  name: string;
  mode: 'samples' | 'all';
  expect: Verdict;
  code: string;
}

/** A correct softmax, reused by submissions that misbehave around a right answer. */
const GOOD = `import numpy as np

def good(z):
    x = np.asarray(z, dtype=float)
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
`;

const py = (name: string, expect: Verdict, body: string, mode: 'samples' | 'all' = 'samples'): HostilePythonSubmission => ({
  name,
  mode,
  expect,
  code: `${GOOD}\n${body.trim()}\n`,
});

/** Hostile Python submissions to stable-softmax; each must get its verdict and leave the host able to grade. */
export const HOSTILE_PYTHON_SUBMISSIONS: HostilePythonSubmission[] = [
  // time
  py('infinite loop', 'time_limit_exceeded', 'def softmax(z):\n    while True:\n        pass'),
  py('infinite loop at import', 'time_limit_exceeded', 'while True:\n    pass\ndef softmax(z):\n    return good(z)'),
  py('sleeping', 'time_limit_exceeded', 'import time\ndef softmax(z):\n    time.sleep(3600)'),
  py('kernel-bound loop (reading /dev/zero)', 'time_limit_exceeded', 'def softmax(z):\n    with open("/dev/zero", "rb", buffering=0) as f:\n        while True:\n            f.read(1 << 20)'),
  py('short naps adding up past the limit', 'time_limit_exceeded', 'import time\ndef softmax(z):\n    for _ in range(400):\n        time.sleep(0.01)\n    return good(z)'),
  py('blocking read on a pipe of its own', 'time_limit_exceeded', 'import os\ndef softmax(z):\n    r, w = os.pipe()\n    os.read(r, 1)\n    return good(z)'),
  py('blocking read on stdin', 'runtime_error', 'import sys\ndef softmax(z):\n    sys.stdin.read()\n    return input()'),
  py('unbounded recursion with a huge recursion limit', 'time_limit_exceeded', 'import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1) + 1\ndef softmax(z):\n    return f(0)'),
  py('alarm signal handler that keeps the CPU busy between tests', 'time_limit_exceeded', `
import signal
def spin(*_):
    while True:
        pass
signal.signal(signal.SIGALRM, spin)
signal.setitimer(signal.ITIMER_REAL, 0.001)
def softmax(z):
    return good(z)`),
  // processes, threads, signals
  py('fork bomb', 'runtime_error', 'import os\ndef softmax(z):\n    while True:\n        os.fork()'),
  py('thread', 'runtime_error', 'import threading\ndef softmax(z):\n    t = threading.Thread(target=good, args=(z,))\n    t.start()\n    t.join()\n    return good(z)'),
  py('subprocess', 'runtime_error', 'import subprocess\ndef softmax(z):\n    subprocess.run(["/bin/sh", "-c", "id"])\n    return good(z)'),
  py('os.system', 'wrong_answer', 'import os\ndef softmax(z):\n    if os.system("kill -9 1") != 0:\n        return [[0.0]]\n    return good(z)'),
  py('os.kill of the parent', 'runtime_error', 'import os, signal\ndef softmax(z):\n    os.kill(os.getppid(), signal.SIGKILL)\n    return good(z)'),
  py('kill(-1) of every process it may signal', 'runtime_error', 'import os, signal\ndef softmax(z):\n    os.kill(-1, signal.SIGKILL)\n    return good(z)'),
  py('ctypes raw syscalls: kill, ptrace, unshare', 'accepted', `
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
def softmax(z):
    results = [libc.syscall(62, os.getppid(), 9), libc.syscall(101, 16, os.getppid(), 0, 0), libc.syscall(272, 0x10000000)]
    if any(r != -1 for r in results):
        return [[0.0]]
    return good(z)`),
  py('ctypes segfault', 'runtime_error', 'import ctypes\ndef softmax(z):\n    return ctypes.string_at(0, 8)'),
  py('os._exit', 'runtime_error', 'import os\ndef softmax(z):\n    os._exit(0)'),
  py('sys.exit at import', 'runtime_error', 'import sys\nsys.exit(3)\ndef softmax(z):\n    return good(z)'),
  // network and files
  py('network connection', 'runtime_error', 'import socket\ndef softmax(z):\n    socket.create_connection(("10.0.0.1", 80), timeout=1)\n    return good(z)'),
  py('unix socket pair', 'runtime_error', 'import socket\ndef softmax(z):\n    socket.socketpair()\n    return good(z)'),
  py('reading host files', 'accepted', `
import os
def softmax(z):
    for path in ("/etc/passwd", "/etc/shadow", "/root", "/home", "/work", "/var/lib"):
        if os.path.exists(path):
            return [[0.0]]
    return good(z)`),
  py('writing a file', 'runtime_error', 'def softmax(z):\n    with open("/tmp/planted.py", "w") as f:\n        f.write("x")\n    return good(z)'),
  py('writing through /proc into the parent', 'runtime_error', 'import os\ndef softmax(z):\n    with open("/proc/%d/mem" % os.getppid(), "rb") as f:\n        f.read(1)\n    return good(z)'),
  py('/proc shows only the sandbox', 'accepted', `
import os
def softmax(z):
    pids = [p for p in os.listdir("/proc") if p.isdigit()]
    if len(pids) > 4 or os.path.exists("/proc/1/root/etc/passwd"):
        return [[0.0]]
    return good(z)`),
  // memory
  py('numpy memory bomb', 'memory_limit_exceeded', 'def softmax(z):\n    keep = []\n    while True:\n        keep.append(np.ones(10**7))'),
  py('one huge numpy allocation', 'memory_limit_exceeded', 'def softmax(z):\n    return np.zeros((10**6, 10**5))'),
  py('bytes bomb at import', 'memory_limit_exceeded', 'hoard = b"x" * (10**10)\ndef softmax(z):\n    return good(z)'),
  // output
  py('print flood', 'output_limit_exceeded', 'def softmax(z):\n    while True:\n        print("spam " * 100)'),
  py('print flood that swallows exceptions', 'output_limit_exceeded', 'def softmax(z):\n    for _ in range(10**6):\n        try:\n            print("spam " * 100)\n        except Exception:\n            pass\n    return good(z)'),
  py('writes straight to file descriptor 1', 'accepted', 'import os\ndef softmax(z):\n    for _ in range(1000):\n        os.write(1, b"\\x10\\x00\\x00\\x00{\\"ev\\":\\"ready\\"}")\n    return good(z)'),
  py('huge result', 'output_limit_exceeded', 'def softmax(z):\n    return np.zeros(5_000_000)'),
  py('huge string result', 'output_limit_exceeded', 'def softmax(z):\n    return ["x" * 2_000_000]'),
  // results that are not plain data
  py('lying float subclass', 'runtime_error', 'class Liar(float):\n    def __eq__(self, other):\n        return True\ndef softmax(z):\n    return [[Liar(0.5) for _ in row] for row in z]'),
  py('lying ndarray subclass', 'runtime_error', 'class Liar(np.ndarray):\n    def tolist(self):\n        return []\ndef softmax(z):\n    return good(z).view(Liar)'),
  py('generator result', 'runtime_error', 'def softmax(z):\n    return (row for row in good(z))'),
  py('object array result', 'runtime_error', 'def softmax(z):\n    return np.array([object()] * 3)'),
  py('complex result', 'runtime_error', 'def softmax(z):\n    return good(z) + 0j'),
  py('cyclic result', 'runtime_error', 'def softmax(z):\n    a = []\n    a.append(a)\n    return a'),
  py('deeply nested result', 'runtime_error', 'def softmax(z):\n    a = 1.0\n    for _ in range(5000):\n        a = [a]\n    return a'),
  py('forged reply on its own pipe, then spinning', 'time_limit_exceeded', `
import os, struct, json
def softmax(z):
    body = json.dumps({"status": "ok", "result": "[]", "mutated": [], "console": "", "consoleWritten": 0, "callMs": 0}).encode()
    msg = struct.pack("<II", len(body), 0) + body
    for fd in range(3, 32):
        try:
            os.write(fd, struct.pack("<I", len(msg)) + msg)
        except OSError:
            pass
    while True:
        pass`),
  // leaks and conventions
  py('inputs leaked through an exception', 'runtime_error', 'def softmax(z):\n    raise ValueError("LEAK" + repr(z))', 'all'),
  py('inputs leaked through the exception type name', 'runtime_error', 'def softmax(z):\n    raise type("LEAK" + str(len(z)), (Exception,), {})()', 'all'),
  py('inputs leaked through a returned class name', 'runtime_error', 'def softmax(z):\n    return type("LEAK" + repr(z)[:50], (), {})()', 'all'),
  py('inputs leaked through stdout', 'accepted', 'def softmax(z):\n    print("LEAK", z)\n    return good(z)', 'all'),
  py('mutated input', 'wrong_answer', 'def softmax(z):\n    r = good(z)\n    z[0][0] = 42.0\n    return r'),
  py('no such function', 'runtime_error', 'def soft_max(z):\n    return good(z)'),
  py('syntax error', 'compile_error', 'def softmax(z)\n    return good(z)'),
  py('import of a module that is not there', 'runtime_error', 'import torch\ndef softmax(z):\n    return good(z)'),
];
