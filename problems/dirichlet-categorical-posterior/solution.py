import math

import numpy as np


def dirichlet_categorical(obs, alpha):
    K = len(alpha)
    if K < 2:
        raise ValueError("alpha needs at least two categories")
    if any(not (math.isfinite(a) and a > 0) for a in alpha):
        raise ValueError("concentrations must be finite and > 0")
    if any(not isinstance(o, int) or not 0 <= o < K for o in obs):
        raise ValueError("observations must be category indices in [0, K)")
    post = np.asarray(alpha, dtype=float) + np.bincount(np.asarray(obs, dtype=int), minlength=K)
    total = post.sum()
    interior = bool(np.all(post >= 1) and np.any(post > 1))
    mode = (post - 1) / (total - K) if interior else np.full(K, np.nan)
    return {"alphaPost": post, "mean": post / total, "map": mode}
