from math import factorial

import numpy as np


def exact_shapley(x, background, children_left, children_right, feature, threshold, value):
    M, N = len(x), len(children_left)
    B = np.asarray(background, dtype=float)
    if M == 0 or M > 12 or B.ndim != 2 or len(B) == 0 or B.shape[1] != M:
        raise ValueError("x needs 1..12 features and background rows of the same width")
    if N == 0 or any(len(a) != N for a in (children_right, feature, threshold, value)):
        raise ValueError("tree arrays must have one length")
    seen, stack = {0}, [0]
    while stack:
        t = stack.pop()
        if children_left[t] == -1 and children_right[t] == -1:
            continue
        if not (0 <= feature[t] < M):
            raise ValueError("bad split feature")
        for c in (children_left[t], children_right[t]):
            if not (0 < c < N) or c in seen:
                raise ValueError("bad child index")
            seen.add(c)
            stack.append(c)

    def f(z):
        t = 0
        while children_left[t] != -1:
            t = children_left[t] if z[feature[t]] <= threshold[t] else children_right[t]
        return value[t]

    xv = np.asarray(x, dtype=float)
    v = np.empty(1 << M)
    for mask in range(1 << M):
        on = np.array([(mask >> k) & 1 for k in range(M)], dtype=bool)
        v[mask] = np.mean([f(np.where(on, xv, row)) for row in B])   # x on S, background elsewhere
    phi = np.zeros(M)
    for j in range(M):
        for mask in range(1 << M):
            if (mask >> j) & 1:
                continue
            s = bin(mask).count("1")
            phi[j] += factorial(s) * factorial(M - s - 1) / factorial(M) * (v[mask | (1 << j)] - v[mask])
    return phi, v[0]
