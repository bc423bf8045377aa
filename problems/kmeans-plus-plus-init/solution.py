import numpy as np


def kmeans_plus_plus(X, k, u):
    n = len(X)
    if not (isinstance(k, int) and 1 <= k <= n) or len(u) < k:
        raise ValueError('need 1 <= k <= n and k uniforms')
    if len({len(row) for row in X}) != 1:
        raise ValueError('rows of X must have the same length')
    if not all(0 <= u[t] < 1 for t in range(k)):
        raise ValueError('uniforms must lie in [0, 1)')
    P = np.asarray(X, dtype=float)
    chosen = [int(u[0] * n)]
    d2 = ((P - P[chosen[0]]) ** 2).sum(axis=1)
    while len(chosen) < k:
        total = d2.sum()
        if total == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            S = np.cumsum(d2)
            pick = min(int(np.searchsorted(S, u[len(chosen)] * total, side='right')), n - 1)  # first S_i > u·W
        chosen.append(pick)
        d2 = np.minimum(d2, ((P - P[pick]) ** 2).sum(axis=1))
    return chosen
