import numpy as np


def streaming_covariance(batches: list[list[list[float]]]):
    rows = [r for b in batches for r in b]
    if len(rows) < 2:
        raise ValueError("at least two rows in total")
    d = len(rows[0])
    if d == 0 or any(len(r) != d for r in rows) or not np.all(np.isfinite(np.asarray(rows, dtype=float))):
        raise ValueError("rows must be finite vectors of one length >= 1")
    n, mean, M = 0, None, None
    for batch in batches:
        if not batch:
            continue
        B = np.asarray(batch, dtype=float)
        nb, mb = len(B), B.mean(0)
        Mb = (B - mb).T @ (B - mb)                        # the batch's scatter around its own mean
        if n == 0:
            n, mean, M = nb, mb, Mb
            continue
        delta = mb - mean
        total = n + nb
        mean = mean + delta * nb / total
        M = M + Mb + np.outer(delta, delta) * n * nb / total   # Chan et al.'s pairwise merge
        n = total
    return {"n": n, "mean": mean, "covariance": M / (n - 1)}
