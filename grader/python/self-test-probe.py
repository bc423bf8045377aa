# Run at start-up as if it were a candidate's submission (grader/python/python-runtime.ts): it reports what a
# solution can reach from inside the sandbox, and the grader refuses Python unless every answer is the safe one.
import os
import socket

import numpy as np


def attempt(action):
    try:
        action()
        return 'allowed'
    except OSError:
        return 'refused'


def write_file(path):
    with open(path, 'w') as f:
        f.write('probe')


def probe():
    with open('/proc/self/status') as f:
        status = dict(line.split(':', 1) for line in f if ':' in line)
    with open('/proc/net/dev') as f:
        interfaces = [line.split(':')[0].strip() for line in f.readlines()[2:]]
    return {
        'numpy': np.__version__,
        'uid': os.getuid(),
        'capabilities': status['CapEff'].strip(),
        'seccomp': status['Seccomp'].strip(),
        'interfaces': interfaces,
        'socket': attempt(lambda: socket.create_connection(('127.0.0.1', 9), timeout=1)),
        'writeSystem': attempt(lambda: write_file('/usr/lib/grader-probe')),
        'writeTmp': attempt(lambda: write_file('/tmp/grader-probe')),
        'fork': attempt(os.fork),
        'hostFiles': [p for p in ('/etc/passwd', '/etc/shadow', '/root', '/home', '/var', '/srv') if os.path.exists(p)],
    }
