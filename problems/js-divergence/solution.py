import math

import numpy as np


def js_divergence(P, Q):
    if len(P) == 0 or len(P) != len(Q):
        raise ValueError("P and Q need the same, non-zero length")
    p, q = np.asarray(P, dtype=float), np.asarray(Q, dtype=float)
    for v in (p, q):
        if not np.all(np.isfinite(v)) or np.any(v < 0) or abs(v.sum() - 1) > 1e-9:
            raise ValueError("P and Q must be probability vectors")
    m = (p + q) / 2

    def kl(a):
        nz = a > 0
        return float(np.sum(a[nz] * np.log(a[nz] / m[nz])))

    nats = max(0.0, 0.5 * kl(p) + 0.5 * kl(q))
    return {"nats": nats, "bits": nats / math.log(2)}
