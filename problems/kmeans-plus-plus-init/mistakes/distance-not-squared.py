# expect: wrong_answer
# mistake: samples proportionally to D(x) instead of D(x)²
# caught-by: random 1
import numpy as np


def kmeans_plus_plus(X, k, u):
    P = np.asarray(X, dtype=float)
    n = len(P)
    chosen = [int(u[0] * n)]
    d = np.linalg.norm(P - P[chosen[0]], axis=1)
    while len(chosen) < k:
        total = d.sum()
        if total == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            pick = min(int(np.searchsorted(np.cumsum(d), u[len(chosen)] * total, side='right')), n - 1)
        chosen.append(pick)
        d = np.minimum(d, np.linalg.norm(P - P[pick], axis=1))
    return chosen
