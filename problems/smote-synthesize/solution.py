import numpy as np


def smote(minority: list[list[float]], k: int, requests: list[list[float]]):
    if len(minority) == 0 or len(minority[0]) == 0 or any(len(r) != len(minority[0]) for r in minority):
        raise ValueError("minority rows must have one length >= 1")
    M = np.asarray(minority, dtype=float)
    n = len(M)
    if not np.all(np.isfinite(M)) or not (1 <= k <= n - 1):
        raise ValueError("finite rows and k in [1, n - 1]")
    out = []
    for req in requests:
        if len(req) != 3:
            raise ValueError("a request is [i, r, gap]")
        i, r, g = req
        if int(i) != i or not (0 <= i < n) or int(r) != r or not (1 <= r <= k) or not (0 <= g < 1):
            raise ValueError("bad request")
        i, r = int(i), int(r)
        d2 = ((M - M[i]) ** 2).sum(1)
        order = [j for j in np.argsort(d2, kind="stable") if j != i]   # others by index; duplicates stay
        nb = M[order[r - 1]]
        out.append(M[i] + g * (nb - M[i]))
    return [list(map(float, v)) for v in out]
