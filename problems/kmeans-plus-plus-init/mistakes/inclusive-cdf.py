# expect: wrong_answer
# mistake: picks the first i with S_i >= u·W (searchsorted side='left'), so u = 0 can re-pick a point with D = 0
# caught-by: u equal to zero skips zero-mass points
import numpy as np


def kmeans_plus_plus(X, k, u):
    P = np.asarray(X, dtype=float)
    n = len(P)
    chosen = [int(u[0] * n)]
    d2 = ((P - P[chosen[0]]) ** 2).sum(axis=1)
    while len(chosen) < k:
        total = d2.sum()
        if total == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            pick = min(int(np.searchsorted(np.cumsum(d2), u[len(chosen)] * total)), n - 1)
        chosen.append(pick)
        d2 = np.minimum(d2, ((P - P[pick]) ** 2).sum(axis=1))
    return chosen
