"""Trusted fork server inside the Python sandbox (started by bubblewrap, see grader/SANDBOX.md).

It imports numpy once, then forks one runner at a time for the host and relays the host's messages to
the runner and the runner's replies back, measuring the runner's CPU time and killing it at its limit.
It never runs candidate code, and it never holds candidate data in its own memory: payloads move
between the host's socket and the runner's pipes with splice(2), inside the kernel. So a runner, whose
memory is a copy of this process, finds nothing of earlier submissions in it.

Host -> zygote, on fd 0: u32 length + JSON control, then the payload bytes the control announces:
  {"op":"run","spawn":{"memoryMb":M,"cpuCapMs":C}|null,"budgetMs":B,
   "items":[{"bytes":N,"cpuMs":L,"maxReply":R,"counted":true|false},…]}
      optionally fork a fresh runner (killing any previous one), then give it the items' payloads one at a
      time, each only after the runner answered the one before, relaying each reply; then end the runner.
      Once the counted items have used B ms of CPU together, the counted items after them are not started.
Zygote -> host, on fd 1: u32 length + JSON event; "data" events are followed by that many reply bytes:
  ready | data | reply-end | timeout | died | oversize | batch-end | error
  Every item ends with exactly one of reply-end, timeout, died, oversize (with the runner's CPU and wall
  time); after any but reply-end the runner is gone, the rest of the batch is discarded unread and
  batch-end says how many items were skipped (with "budget": true when the CPU budget, not the runner's
  end, stopped the batch).
"""
import ctypes
import fcntl
import json
import os
import select
import signal
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy  # noqa: E402  warm: every runner starts with numpy imported

import harness  # noqa: E402

SPLICE_F_NONBLOCK = 2
PR_SET_DUMPABLE = 4
F_SETPIPE_SZ = 1031
PIPE_BYTES = 1 << 20
HEADER = struct.Struct('<I')
SAMPLE_NS = 20_000_000  # how often a waiting runner's state is looked at
# The time limit is the runner's user CPU time: its own computation. Kernel time (page faults, above all) costs
# what the machine's memory state makes it cost (several times more under memory pressure), so it has its own,
# looser cap: user + kernel time may reach this many times the limit.
KERNEL_SLACK = 3

libc = ctypes.CDLL(None, use_errno=True)


def widen_pipe(fd):
    """Fewer round trips for large inputs and results (1 MB is the unprivileged maximum by default)."""
    try:
        fcntl.fcntl(fd, F_SETPIPE_SZ, PIPE_BYTES)
    except OSError:
        pass


class Runner:
    def __init__(self, pid, to_runner, from_runner):
        self.pid = pid
        self.to_runner = to_runner
        self.from_runner = from_runner
        self.status = None  # wait status once reaped
        self.killed = False

    def cpu_ns(self):
        """CPU time of the runner (user + system), read from its process CPU clock."""
        try:
            return time.clock_gettime_ns(((~self.pid) << 3) | 2)
        except OSError:
            return None

    def stat(self):
        """The fields of /proc/<pid>/stat after the command name (state first), or None."""
        try:
            with open('/proc/%d/stat' % self.pid, 'rb') as f:
                stat = f.read()
            return stat[stat.rindex(b')') + 2:].split()
        except (OSError, ValueError):
            return None

    def ticks(self):
        """(user, system) clock ticks of the runner: only their ratio is used, to split its CPU clock."""
        fields = self.stat()
        return (int(fields[11]), int(fields[12])) if fields and len(fields) > 12 else None

    def run_delay_ns(self):
        """Time the runner spent runnable but waiting for a CPU (the machine's load, not its fault)."""
        try:
            with open('/proc/%d/schedstat' % self.pid, 'rb') as f:
                return int(f.read().split()[1])
        except (OSError, ValueError, IndexError):
            return 0

    def asleep(self):
        """Whether the runner sleeps by its own choice (sleep, a blocking read, a stop signal): state S, T or t.
        Waiting in the kernel (D: page faults, reclaim, disk) is the machine's doing, like waiting for a CPU."""
        fields = self.stat()
        return bool(fields) and fields[0] in (b'S', b'T', b't')

    def end(self, grace_s=0.0):
        """Reaps the runner, killing it unless it exits by itself within the grace period."""
        deadline = time.monotonic() + grace_s
        while self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
            elif time.monotonic() >= deadline:
                os.kill(self.pid, signal.SIGKILL)
                self.killed = True
                _, self.status = os.waitpid(self.pid, 0)
            else:
                time.sleep(0.002)
        for fd in (self.to_runner, self.from_runner):
            if fd >= 0:
                os.close(fd)
        self.to_runner = self.from_runner = -1

    def describe_end(self):
        """How the runner ended, as event fields."""
        if self.killed or self.status is None:
            return {'killed': True}
        if os.WIFSIGNALED(self.status):
            return {'signal': signal.Signals(os.WTERMSIG(self.status)).name}
        return {'exitCode': os.WEXITSTATUS(self.status)}


class Exchange:
    """One message to the runner and its reply, timed from the runner's process CPU clock (its user time against
    the limit, user and kernel time together against KERNEL_SLACK times the limit). Once the runner has
    its whole message and until it starts replying, time it spends asleep by its own choice (sleeping, blocked on
    a read) is capped at the limit too; time it waits for a CPU because the machine is busy, waits in the kernel
    (page faults, memory reclaim), or waits for this process or the host to move bytes is never held against it."""

    def __init__(self, zygote, runner, to_send, limit_ns, max_reply):
        self.z = zygote
        self.runner = runner
        self.to_send = to_send  # host bytes not yet read from fd 0
        self.staged = 0  # host bytes in the relay pipe, not yet in the runner's pipe
        self.limit_ns = limit_ns
        self.max_reply = max_reply
        self.hard_wall_ns = 10 * limit_ns + 10_000_000_000
        self.cpu0 = runner.cpu_ns() or 0
        self.ticks0 = runner.ticks()
        self.t0 = time.monotonic_ns()
        self.last_cpu = 0
        self.waiting = False  # the runner has its whole message and has not started replying
        self.observed = None  # (wall, cpu, run delay) at the last look at the runner while waiting
        self.asleep_ns = 0  # time the runner was seen asleep by its own choice while waiting

    def measures(self):
        cpu = self.runner.cpu_ns()
        if cpu is not None:
            self.last_cpu = cpu - self.cpu0
        return self.last_cpu, time.monotonic_ns() - self.t0

    def user_ns(self, cpu):
        """The user part of `cpu` (the CPU time since the exchange began), by the runner's tick counts."""
        ticks = self.runner.ticks()
        if ticks is None or self.ticks0 is None:
            return cpu
        user, system = ticks[0] - self.ticks0[0], ticks[1] - self.ticks0[1]
        if user + system <= 0:
            return cpu
        return cpu * user // (user + system)

    def out_of_cpu(self, cpu):
        """Whether the runner used up its CPU time, and the least CPU time it can use before it does."""
        if cpu >= KERNEL_SLACK * self.limit_ns:
            return True, 0
        user = self.user_ns(cpu) if cpu >= self.limit_ns else cpu
        if user >= self.limit_ns:
            return True, 0
        return False, min(self.limit_ns - user, KERNEL_SLACK * self.limit_ns - cpu)

    def finish(self, ev, **extra):
        """The final event; every other outcome than a full reply leaves no runner behind."""
        cpu, wall = self.measures()
        if ev != 'reply-end':
            # a runner that closed its output is usually exiting: give it a moment to say how
            self.runner.end(grace_s=0.05 if ev == 'died' else 0.0)
            self.z.forget_runner()
            self.z.discard_host_bytes(self.to_send)
            if self.staged:
                self.z.drain_relay(self.staged)
            extra.update(self.runner.describe_end())
        event = {'ev': ev, 'cpuMs': cpu / 1e6, 'wallMs': wall / 1e6}
        event.update(extra)
        self.z.emit(event)

    def observe(self, cpu, wall):
        """Adds the time since the last look that the runner spent neither running nor waiting for a CPU, if it
        is asleep by its own choice now (looks are at most SAMPLE_NS apart while it waits)."""
        delay = self.runner.run_delay_ns()
        if self.observed is not None:
            wall0, cpu0, delay0 = self.observed
            idle = (wall - wall0) - (cpu - cpu0) - (delay - delay0)
            if idle > 0 and self.runner.asleep():
                self.asleep_ns += idle
        self.observed = (wall, cpu, delay)

    def over_limit(self):
        """The reason to stop the runner now, or the longest it may go unobserved."""
        cpu, wall = self.measures()
        spent, cpu_left = self.out_of_cpu(cpu)
        if spent:
            return 'cpu', 0
        budget = min(cpu_left, self.hard_wall_ns - wall)
        if self.waiting:
            self.observe(cpu, wall)
            # a runner asleep on a full reply pipe is waiting for this process, not sleeping
            if self.asleep_ns >= self.limit_ns and not select.select([self.runner.from_runner], [], [], 0)[0]:
                return 'blocked', 0
            budget = min(budget, self.limit_ns - self.asleep_ns, SAMPLE_NS)
        if wall >= self.hard_wall_ns:
            return 'wall', 0
        return None, budget

    def run(self):
        runner = self.runner
        length = b''
        while True:
            reason, budget_ns = self.over_limit()
            if reason:
                return self.finish('timeout', reason=reason)
            rlist = [runner.from_runner]
            wlist = [runner.to_runner] if self.staged else []
            if self.to_send and not self.staged:
                rlist.append(0)
            readable, writable, _ = select.select(rlist, wlist, [], max(budget_ns / 1e9, 0.001))
            if 0 in readable:
                moved = try_splice(0, self.z.relay_w, min(self.to_send, PIPE_BYTES))
                if moved == 0:
                    raise EOFError  # the host is gone
                self.staged += moved or 0
                self.to_send -= moved or 0
            if writable:
                try:
                    self.staged -= try_splice(self.z.relay_r, runner.to_runner, self.staged) or 0
                except BrokenPipeError:
                    pass  # the runner closed its input; its output tells how it ends
            if not self.waiting and not self.to_send and not self.staged:
                self.waiting = True
                self.observe(*self.measures())
            if runner.from_runner not in readable:
                continue
            try:
                chunk = os.read(runner.from_runner, 4 - len(length))
            except BlockingIOError:
                continue
            if not chunk:
                return self.finish('died')
            length += chunk
            if len(length) < 4:
                continue
            (size,) = HEADER.unpack(length)
            if size > self.max_reply:
                return self.finish('oversize')
            if self.to_send or self.staged:
                return self.finish('died')  # replied before reading its message: never an honest runner
            return self.relay_reply(size)

    def relay_reply(self, size):
        """Streams the reply from the runner's pipe to the host, inside the kernel; only CPU time counts now."""
        runner = self.runner
        if size:
            self.z.emit({'ev': 'data', 'bytes': size})
        left = size
        while left:
            cpu, wall = self.measures()
            spent, cpu_left = self.out_of_cpu(cpu)
            if spent or wall >= self.hard_wall_ns:
                self.z.pad(left)
                return self.finish('timeout', reason='cpu' if spent else 'wall')
            wait = max(min(cpu_left, self.hard_wall_ns - wall) / 1e9, 0.001)
            # both ends must be ready; waiting on each in turn never spins while one of them is not
            if not select.select([runner.from_runner], [], [], wait)[0] or not select.select([], [1], [], wait)[1]:
                continue
            moved = try_splice(runner.from_runner, 1, left)
            if moved == 0:
                self.z.pad(left)
                return self.finish('died')
            left -= moved or 0
        return self.finish('reply-end')


def try_splice(src, dst, n):
    """Bytes moved through the kernel, 0 at the end of src, None when either side would block."""
    try:
        return os.splice(src, dst, n, flags=SPLICE_F_NONBLOCK)
    except BlockingIOError:
        return None


class Zygote:
    def __init__(self, runner_filter):
        self.runner_filter = runner_filter
        self.runner = None
        self.devnull = os.open('/dev/null', os.O_WRONLY)
        # every payload byte passes through this pipe, never through user memory
        self.relay_r, self.relay_w = os.pipe()
        widen_pipe(self.relay_w)
        os.set_blocking(0, False)
        os.set_blocking(1, False)

    # ---- host I/O ----

    def emit(self, event):
        body = json.dumps(event, separators=(',', ':')).encode()
        self.write_all(HEADER.pack(len(body)) + body)

    def write_all(self, data):
        view = memoryview(data)
        while view:
            select.select([], [1], [])
            try:
                view = view[os.write(1, view):]
            except BlockingIOError:
                pass

    def read_exact(self, n):
        """Reads n bytes of a control frame from the host (controls carry sizes and limits, no candidate data)."""
        out = bytearray()
        while len(out) < n:
            select.select([0], [], [])
            try:
                chunk = os.read(0, n - len(out))
            except BlockingIOError:
                continue
            if not chunk:
                raise EOFError
            out += chunk
        return bytes(out)

    def splice_all(self, src, dst, n):
        """Moves n bytes that are already in pipe src to dst, waiting for dst to take them."""
        while n > 0:
            select.select([], [dst], [])
            moved = try_splice(src, dst, n)
            if moved == 0:
                raise EOFError
            n -= moved or 0

    def drain_relay(self, n):
        self.splice_all(self.relay_r, self.devnull, n)

    def discard_host_bytes(self, n):
        """The rest of a message whose runner is gone: read and dropped, so the next control is in place."""
        while n > 0:
            select.select([0], [], [])
            moved = try_splice(0, self.relay_w, min(n, PIPE_BYTES))
            if moved == 0:
                raise EOFError
            if moved:
                self.drain_relay(moved)
                n -= moved

    def pad(self, n):
        """Zeros in place of reply bytes a runner announced but never wrote, so the host's stream stays framed."""
        zeros = bytes(min(n, 65536))
        while n > 0:
            k = min(n, len(zeros))
            self.write_all(zeros[:k])
            n -= k

    # ---- commands ----

    def spawn(self, ctl):
        self.end_runner()
        to_r, to_w = os.pipe()
        from_r, from_w = os.pipe()
        for fd in (to_w, from_w):
            widen_pipe(fd)
        pid = os.fork()
        if pid == 0:
            try:
                harness.runner_main(to_r, from_w, memory_mb=int(ctl['memoryMb']), cpu_cap_ms=int(ctl['cpuCapMs']),
                                    runner_filter=self.runner_filter)
            finally:
                os._exit(70)
        os.close(to_r)
        os.close(from_w)
        os.set_blocking(to_w, False)
        os.set_blocking(from_r, False)
        self.runner = Runner(pid, to_w, from_r)

    def run(self, ctl):
        """A batch of exchanges with one runner; no round trip to the host between them."""
        if ctl.get('spawn'):
            self.spawn(ctl['spawn'])
        items = ctl['items']
        budget_ns = int(ctl.get('budgetMs', 0)) * 1_000_000
        spent_ns = 0
        for done, item in enumerate(items):
            lost = self.runner is None
            if lost or (item.get('counted') and budget_ns > 0 and spent_ns >= budget_ns):
                for rest in items[done:]:
                    self.discard_host_bytes(int(rest['bytes']))
                self.end_runner()
                self.emit({'ev': 'batch-end', 'skipped': len(items) - done, 'budget': not lost})
                return
            exchange = Exchange(self, self.runner, int(item['bytes']), int(item['cpuMs']) * 1_000_000, int(item['maxReply']))
            exchange.run()
            if item.get('counted'):
                spent_ns += exchange.last_cpu
        self.end_runner()  # a submission's runner never outlives its batch
        self.emit({'ev': 'batch-end', 'skipped': 0, 'budget': False})

    def end_runner(self):
        if self.runner is not None:
            self.runner.end()
            self.runner = None

    def forget_runner(self):
        self.runner = None

    def serve(self):
        self.emit({'ev': 'ready', 'python': sys.version.split()[0], 'numpy': numpy.__version__})
        while True:
            try:
                (n,) = HEADER.unpack(self.read_exact(4))
                ctl = json.loads(self.read_exact(n))
            except EOFError:
                self.end_runner()
                return
            if ctl.get('op') == 'run':
                self.run(ctl)
            else:
                self.emit({'ev': 'error', 'message': 'unknown op %r' % (ctl.get('op'),)})


def read_runner_filter():
    """The runner's seccomp program comes from the host on fd 3 (see grader/python/seccomp-filter.ts)."""
    chunks = []
    while True:
        chunk = os.read(3, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(3)
    return b''.join(chunks)


if __name__ == '__main__':
    runner_filter = read_runner_filter()
    # a runner (same uid) must not read or write this process's memory through /proc
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    try:
        Zygote(runner_filter).serve()
    except (BrokenPipeError, EOFError):
        pass  # the host is gone; bubblewrap takes the rest down with it
