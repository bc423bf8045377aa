import numpy as np


def layer_norm(x, gamma, beta, eps):
    x = np.asarray(x, dtype=float)
    centered = x - x.mean(axis=1, keepdims=True)  # subtract first: rows near 1e6 keep their digits
    var = (centered ** 2).mean(axis=1, keepdims=True)
    return centered / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)
