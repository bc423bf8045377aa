"""Direct-run twin of the Python sandbox for `npm run bench:grader`: the same solution, the same decoded
arguments (harness.decode_args), timed the same way (process CPU time around the call), but outside any
sandbox. Usage: python3 bench-python-direct.py <solution.py> <entry> <message file> <reps>; prints JSON ms."""
import json
import struct
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / 'grader' / 'python' / 'sandbox'))
import harness  # noqa: E402

solution, entry, message, reps = sys.argv[1], sys.argv[2], Path(sys.argv[3]).read_bytes(), int(sys.argv[4])
namespace = {'__name__': 'solution'}
exec(compile(Path(solution).read_text(), 'solution.py', 'exec'), namespace)
header_length, blob_length = struct.unpack('<II', message[:8])
header = json.loads(message[8:8 + header_length])
blob = message[8 + header_length:8 + header_length + blob_length]
times = []
for _ in range(reps):
    args = harness.decode_args(header['args'], blob)
    t0 = time.process_time_ns()
    namespace[entry](*args)
    times.append((time.process_time_ns() - t0) / 1e6)
print(json.dumps(times))
