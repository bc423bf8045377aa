"""The runner: a process forked from the zygote that runs one submission's code.

runner_main() is trusted until it executes the candidate's code; it shuts every way out first:
resource limits, then the runner seccomp filter. From then on nothing in this process is trusted: the
host treats every byte it sends as candidate-controlled, and the zygote, not this process, measures its
CPU time. The conversions below are the contract (grader/PROBLEM_FORMAT.md, "Python"): they refuse
anything that is not plain data rather than trust a candidate's objects to describe themselves.

Messages, both ways: u32 header length, u32 blob length, JSON header, blob of float64 numbers.
Replies are prefixed with their u32 total length (the zygote relays them without reading them).
"""
import array
import builtins
import ctypes
import io
import json
import math
import os
import random
import resource
import struct
import sys
import time

import numpy as np

# warm imports a solution may use: importing them in the runner is then a dictionary lookup
import bisect, collections, copy, dataclasses, fractions, functools, heapq, itertools, operator, re, statistics, typing  # noqa: E401,F401,E402

PR_SET_SECCOMP = 22
PR_SET_THP_DISABLE = 41
SECCOMP_MODE_FILTER = 2
MESSAGE = struct.Struct('<II')
LENGTH = struct.Struct('<I')
CONSOLE_KEEP = 8192
CONSOLE_HARD_CAP = 1 << 20
CONSOLE_LINE = 2000
MAX_DEPTH = 32


class SockFprog(ctypes.Structure):
    _fields_ = [('len', ctypes.c_ushort), ('filter', ctypes.c_void_p)]


def cpu_now_ns():
    """The runner's CPU time so far. Its thread clock: the runner has one thread (its filter refuses more), and
    once RLIMIT_CPU is set the process clock only moves at scheduler ticks, so a 4 ms call often read as 0."""
    return time.thread_time_ns()


def vm_size_mb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmSize:'):
                return int(line.split()[1]) / 1024
    return 0.0


def runner_main(rfd, wfd, memory_mb, cpu_cap_ms, runner_filter):
    """Runs in the freshly forked child; never returns."""
    devnull = os.open('/dev/null', os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    keep = {0, 1, 2, rfd, wfd}
    for name in os.listdir('/proc/self/fd'):
        fd = int(name)
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    os.set_blocking(rfd, True)
    os.set_blocking(wfd, True)
    # address space: what the interpreter already maps plus the problem's budget (Python objects are larger
    # than V8's, so twice the isolate's heap limit, and room for numpy's temporaries)
    address_space = int((vm_size_mb() + 2 * memory_mb + 64) * 2**20)
    cpu_s = max(1, math.ceil(cpu_cap_ms / 1000))
    # CPU: SIGXCPU (a time limit) at the soft limit, SIGKILL a second later if it is caught
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    for limit, value in (
        (resource.RLIMIT_AS, address_space),
        (resource.RLIMIT_FSIZE, 0),
        (resource.RLIMIT_NOFILE, 32),
        (resource.RLIMIT_NPROC, 0),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_MEMLOCK, 0),
        (resource.RLIMIT_MSGQUEUE, 0),
    ):
        resource.setrlimit(limit, (value, value))
    libc = ctypes.CDLL(None, use_errno=True)
    # no transparent huge pages: numpy asks for them on large arrays, and what zeroing a huge page costs depends
    # on the machine's memory (up to 4x the CPU time of small pages here), which would make the CPU time of a
    # memory-hungry test, and so its verdict, depend on the machine's state
    libc.prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)
    buf = ctypes.create_string_buffer(runner_filter, len(runner_filter))
    prog = SockFprog(len(runner_filter) // 8, ctypes.addressof(buf))
    runner = Runner(rfd, wfd)
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        # never run candidate code without the filter: the submission gets an internal error instead
        runner.read_message()
        runner.reply({'ok': False, 'status': 'sandbox', 'message': 'the runner could not install its seccomp filter'})
        os._exit(0)
    runner.serve()
    os._exit(0)


# ---------------------------------------------------------------- arguments (host -> Python)

def decode_args(skeleton, blob):
    """Skeleton markers: {"#": i} float, {"#i": i} int, {"#a": [s, n]} floats, {"#ai": [s, n]} ints, {"#o": {…}} dict."""
    nums = memoryview(blob).cast('d') if blob else memoryview(b'').cast('d')

    def build(v):
        if type(v) is list:
            return [build(x) for x in v]
        if type(v) is not dict:
            return v  # str, bool, None
        (key, x), = v.items()
        if key == '#':
            return nums[x]
        if key == '#i':
            return int(nums[x])
        if key == '#a':
            return nums[x[0]:x[0] + x[1]].tolist()
        if key == '#ai':
            return [int(e) for e in nums[x[0]:x[0] + x[1]].tolist()]
        return {k: build(e) for k, e in x.items()}

    return build(json.loads(skeleton))


# ---------------------------------------------------------------- results (Python -> host)

class Refused(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


NUMPY_NUMBERS = frozenset(
    t for t in (np.float16, np.float32, np.float64, np.longdouble, np.int8, np.int16, np.int32, np.int64,
                np.uint8, np.uint16, np.uint32, np.uint64, np.intc, np.uintc, np.int_, np.uint, np.longlong,
                np.ulonglong)
)
NUMBER_KINDS = frozenset('fiu')
NDARRAY = np.ndarray
BOOL_ = np.bool_
FLOAT64 = np.dtype('<f8')
ascontiguousarray = np.ascontiguousarray


class Encoder:
    """Plain data to the host's wire format: numbers in one float64 buffer, structure as JSON."""

    def __init__(self, max_leaves, max_chars):
        self.max_leaves = max_leaves
        self.max_chars = max_chars
        self.parts = []
        self.count = 0
        self.chars = 0
        self.others = 0
        self.ancestors = []

    def reserve(self, n):
        if self.count + self.others + n > self.max_leaves:
            raise Refused('output', 'the result is too large')
        start = self.count
        self.count += n
        return start

    def number(self, x):
        start = self.reserve(1)
        self.parts.append(array.array('d', (x,)))
        return {'#': start}

    def numbers(self, values):
        start = self.reserve(len(values))
        self.parts.append(values)
        return {'#a': [start, len(values)]}

    def other_leaf(self):
        self.others += 1
        if self.count + self.others > self.max_leaves:
            raise Refused('output', 'the result is too large')

    def visit(self, v, depth):
        t = type(v)
        if t is float:
            return self.number(v)
        if t is int:
            try:
                return self.number(float(v))
            except OverflowError:
                raise Refused('plain', 'an integer too large for a float') from None
        if t is bool or t is BOOL_:
            self.other_leaf()
            return bool(v)
        if v is None:
            self.other_leaf()
            return None
        if t in NUMPY_NUMBERS:
            return self.number(float(v))
        if t is str:
            self.chars += len(v)
            if self.chars > self.max_chars:
                raise Refused('output', 'strings in the result are too large')
            return v
        if depth > MAX_DEPTH:
            raise Refused('plain', 'the result is nested too deeply')
        for a in self.ancestors:
            if a is v:
                raise Refused('plain', 'the result is cyclic')
        self.ancestors.append(v)
        try:
            if t is list or t is tuple:
                return self.sequence(v, depth)
            if t is dict:
                return self.mapping(v, depth)
            if t is NDARRAY:
                return self.ndarray(v)
        finally:
            self.ancestors.pop()
        raise Refused('plain', 'a value of type %s' % describe_type(v))

    def sequence(self, v, depth):
        n = len(v)
        if n > 0 and set(map(type, v)) <= {float, int}:
            try:
                return self.numbers(array.array('d', v))
            except OverflowError:
                raise Refused('plain', 'an integer too large for a float') from None
        return [self.visit(x, depth + 1) for x in v]

    def mapping(self, v, depth):
        out = {}
        for k, x in list(v.items()):
            if type(k) is not str:
                raise Refused('plain', 'a dict key that is not a string')
            self.chars += len(k) + 1
            if self.chars > self.max_chars:
                raise Refused('output', 'the result has too many keys')
            out[k] = self.visit(x, depth + 1)
        return {'#o': out}

    def ndarray(self, v):
        kind = v.dtype.kind
        if kind == 'b':
            if v.size + self.count + self.others > self.max_leaves:
                raise Refused('output', 'the result is too large')
            self.others += v.size
            return v.tolist()
        if kind not in NUMBER_KINDS:
            raise Refused('plain', 'a numpy array of dtype %s' % v.dtype.str)
        if v.ndim > MAX_DEPTH:
            raise Refused('plain', 'the result is nested too deeply')
        flat = ascontiguousarray(v, dtype=FLOAT64).reshape(-1)
        start = self.reserve(flat.size)
        self.parts.append(flat)
        if v.ndim == 0:
            return {'#': start}
        return self.rows(v.shape, start)

    def rows(self, shape, start):
        n = shape[-1]
        if len(shape) == 1:
            return {'#a': [start, n]} if n > 0 else []
        inner = 1
        for d in shape[1:]:
            inner *= d
        return [self.rows(shape[1:], start + i * inner) for i in range(shape[0])]

    def finish(self, skeleton):
        text = json.dumps(skeleton, separators=(',', ':'), allow_nan=False)
        blob = b''.join(bytes(p) if type(p) is array.array else p.tobytes() for p in self.parts)
        return text, blob


def describe_type(v):
    t = type(v)
    name = getattr(t, '__qualname__', None)
    return name if type(name) is str else 'object'


def encode(value, max_leaves, max_chars):
    enc = Encoder(max_leaves, max_chars)
    skeleton = enc.visit(value, 0)
    return enc.finish(skeleton)


def unchanged(before, after):
    """An argument after the call equals a pristine copy: same structure and exact types, numbers equal (NaN
    equals NaN). Nothing of the candidate's can answer for itself here: types are checked before comparing."""
    t = type(before)
    if type(after) is not t:
        return False
    if t is float:
        return before == after or (before != before and after != after)
    if t is list:
        if len(after) != len(before):
            return False
        if all_numbers(after) and before == after:
            return True  # the common case, compared in C
        return all(unchanged(b, a) for b, a in zip(before, after))
    if t is dict:
        return before.keys() == after.keys() and all(unchanged(before[k], after[k]) for k in before)
    return before == after  # int, str, bool, None


def all_numbers(values):
    return set(map(type, values)) <= {float, int}


# ---------------------------------------------------------------- console

class OutputLimit(BaseException):
    """Raised by the console past its cap, so a print flood ends at once (BaseException: `except Exception` misses it)."""


class Console(io.TextIOBase):
    """sys.stdout and sys.stderr: the first 8 KB are kept, more than 1 MB is output_limit_exceeded. As in the
    isolate's console, one write counts (and is kept) up to 2000 characters, so printing a large matrix once
    is not a flood."""

    def __init__(self):
        self.kept = []
        self.kept_chars = 0
        self.written = 0

    def write(self, s):
        if type(s) is not str:
            raise TypeError('write() argument must be str')
        if len(s) > CONSOLE_LINE:
            s = s[:CONSOLE_LINE] + '…'
        self.written += len(s)
        if self.written > CONSOLE_HARD_CAP:
            raise OutputLimit()
        if self.kept_chars < CONSOLE_KEEP:
            piece = s[:CONSOLE_KEEP - self.kept_chars]
            self.kept.append(piece)
            self.kept_chars += len(piece)
        return len(s)

    def writable(self):
        return True

    def text(self):
        return ''.join(self.kept)


# ---------------------------------------------------------------- the runner's loop

def solution_line(tb):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == 'solution.py':
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def describe_exception(e):
    try:
        text = '%s: %s' % (type(e).__name__, e)
    except BaseException:
        text = 'an exception that could not be described'
    line = solution_line(e.__traceback__)
    if line is not None:
        text += ' (line %d)' % line
    return text[:2000]


class Runner:
    def __init__(self, rfd, wfd):
        self.rfd = rfd
        self.wfd = wfd
        self.namespace = None
        self.fn = None

    def read_exact(self, n):
        out = bytearray()
        while len(out) < n:
            chunk = os.read(self.rfd, n - len(out))
            if not chunk:
                os._exit(0)
            out += chunk
        return bytes(out)

    def read_message(self):
        hlen, blen = MESSAGE.unpack(self.read_exact(8))
        header = json.loads(self.read_exact(hlen))
        return header, self.read_exact(blen) if blen else b''

    def reply(self, header, blob=b''):
        body = json.dumps(header, separators=(',', ':')).encode()
        self.write_all(LENGTH.pack(8 + len(body) + len(blob)) + MESSAGE.pack(len(body), len(blob)) + body)
        if blob:
            self.write_all(blob)

    def write_all(self, data):
        view = memoryview(data)
        while view:
            view = view[os.write(self.wfd, view):]

    def serve(self):
        header, _ = self.read_message()
        loaded = self.load(header)
        self.reply(loaded)
        if not loaded['ok']:
            os._exit(0)
        while True:
            header, blob = self.read_message()
            result, out_blob = self.run_test(header, blob)
            self.reply(result, out_blob)

    def load(self, job):
        self.entry = job['entry']
        self.max_leaves = job['maxLeaves']
        self.max_chars = job['maxChars']
        sys.stdin = io.StringIO('')
        try:
            code = compile(job['code'], 'solution.py', 'exec', dont_inherit=True)
        except SyntaxError as e:
            return {'ok': False, 'status': 'compile', 'message': '%s: %s' % (type(e).__name__, e.msg),
                    'line': e.lineno, 'column': e.offset}
        except (ValueError, MemoryError, RecursionError) as e:
            return {'ok': False, 'status': 'compile', 'message': '%s: %s' % (type(e).__name__, e)}
        self.namespace = {'__name__': 'solution', '__builtins__': builtins}
        console = Console()
        sys.stdout = sys.stderr = console
        try:
            exec(code, self.namespace)
        except MemoryError:
            return {'ok': False, 'status': 'memory', 'message': 'memory limit exceeded'}
        except BaseException as e:
            return {'ok': False, 'status': 'threw', 'message': 'top-level code: ' + describe_exception(e)}
        return {'ok': True}

    def run_test(self, header, blob):
        console = Console()
        sys.stdout = sys.stderr = console
        random.seed(header['seed'])
        np.random.seed(header['seed'] & 0xffffffff)
        fn = self.namespace.get(self.entry)
        if not callable(fn):
            return {'status': 'missing', 'message': 'the submission does not define a function named ' + self.entry}, b''
        args = decode_args(header['args'], blob)
        pristine = decode_args(header['args'], blob)
        t0 = cpu_now_ns()
        try:
            result = fn(*args)
        except MemoryError:
            return self.failure('memory', 'memory limit exceeded', console, t0)
        except BaseException as e:
            if console.written > CONSOLE_HARD_CAP:
                return self.failure('output', 'console output exceeded the cap', console, t0)
            return self.failure('threw', describe_exception(e), console, t0)
        call_ns = cpu_now_ns() - t0
        if console.written > CONSOLE_HARD_CAP:
            return self.failure('output', 'console output exceeded the cap', console, t0, call_ns)
        try:
            result_skeleton, result_blob = encode(result, self.max_leaves, self.max_chars)
        except Refused as e:
            return self.failure(e.status, 'returned ' + e.message, console, t0, call_ns)
        except MemoryError:
            return self.failure('memory', 'memory limit exceeded', console, t0, call_ns)
        except RecursionError:
            return self.failure('plain', 'returned a value nested too deeply', console, t0, call_ns)
        try:
            mutated = [i for i, (before, after) in enumerate(zip(pristine, args)) if not unchanged(before, after)]
        except (RecursionError, MemoryError):
            mutated = list(range(len(args)))
        return {
            'status': 'ok',
            'result': result_skeleton,
            'mutated': mutated,
            'console': console.text(),
            'consoleWritten': console.written,
            'callMs': call_ns / 1e6,
        }, result_blob

    def failure(self, status, message, console, t0, call_ns=None):
        if call_ns is None:
            call_ns = cpu_now_ns() - t0
        return {
            'status': status,
            'message': message,
            'console': console.text(),
            'consoleWritten': console.written,
            'callMs': call_ns / 1e6,
        }, b''
