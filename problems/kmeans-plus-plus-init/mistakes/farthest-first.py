# expect: wrong_answer
# mistake: deterministic "farthest from existing centroids" (farthest-first traversal) instead of D² sampling
# caught-by: u close to one
import numpy as np


def kmeans_plus_plus(X, k, u):
    P = np.asarray(X, dtype=float)
    n = len(P)
    chosen = [int(u[0] * n)]
    d2 = ((P - P[chosen[0]]) ** 2).sum(axis=1)
    while len(chosen) < k:
        pick = int(np.argmax(d2))
        if d2[pick] == 0:
            pick = next(i for i in range(n) if i not in chosen)
        chosen.append(pick)
        d2 = np.minimum(d2, ((P - P[pick]) ** 2).sum(axis=1))
    return chosen
