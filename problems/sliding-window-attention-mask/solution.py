import numpy as np


def longformer_mask(n, w, global_idx):
    if not isinstance(n, int) or n < 0 or not isinstance(w, int) or w < 0:
        raise ValueError("n and w must be integers >= 0")
    if any(not isinstance(g, int) or not 0 <= g < n for g in global_idx):
        raise ValueError("global index out of range")
    i = np.arange(n)
    mask = np.abs(i[:, None] - i[None, :]) <= w
    g = np.zeros(n, dtype=bool)
    g[list(global_idx)] = True
    return (mask | g[:, None] | g[None, :]).astype(int)
