# expect: wrong_answer
# mistake: shuffles the already shuffled column again for each repeat, so the permutations compound instead of each starting from the data
# caught-by: random 1
import numpy as np


def permutation_importance(X, y, w, b, perms):
    X, y, w = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(w, dtype=float)
    n, p = len(X), len(w)
    if n < 2 or p == 0 or X.shape != (n, p) or y.shape != (n,):
        raise ValueError("X must be n×p (n >= 2) with one weight per feature and one target per row")
    if np.all(y == y[0]):
        raise ValueError("y is constant")
    if len(perms) != p or len({len(lst) for lst in perms}) != 1 or len(perms[0]) == 0:
        raise ValueError("one non-empty list of permutations per feature, all of one length")
    if any(sorted(perm) != list(range(n)) for lst in perms for perm in lst):
        raise ValueError("not a permutation")
    sst = np.sum((y - y.mean()) ** 2)

    def r2(A):
        return 1 - np.sum((y - (A @ w + b)) ** 2) / sst

    base = r2(X)
    means, stds = [], []
    for j in range(p):
        drops = []
        Xp = X.copy()
        for perm in perms[j]:
            Xp[:, j] = Xp[perm, j]
            drops.append(base - r2(Xp))
        means.append(np.mean(drops))
        stds.append(np.std(drops))        # ddof = 0
    return means, stds
