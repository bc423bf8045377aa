import math

import numpy as np


def stratified_k_fold(y, k):
    n = len(y)
    if not isinstance(k, int) or k < 2:
        raise ValueError("k must be an integer >= 2")
    if k > n:
        raise ValueError("k cannot exceed the number of samples")
    if any(not math.isfinite(v) for v in y):
        raise ValueError("labels must be finite")
    codes = {}
    enc = np.array([codes.setdefault(v, len(codes)) for v in y])
    C = len(codes)
    counts = np.bincount(enc, minlength=C)
    if np.all(counts < k):
        raise ValueError("k cannot exceed the number of members of every class")
    order = np.sort(enc)
    allocation = np.array([np.bincount(order[f::k], minlength=C) for f in range(k)])
    fold = np.empty(n, dtype=int)
    for c in range(C):
        fold[enc == c] = np.repeat(np.arange(k), allocation[:, c])
    return [np.flatnonzero(fold == f).tolist() for f in range(k)]
