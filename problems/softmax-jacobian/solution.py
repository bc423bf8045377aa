import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    if z.size == 0 or np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z must be non-empty, without NaN or +inf")
    m = z.max()
    if m == -np.inf:
        raise ValueError("every entry is -inf")
    e = np.exp(z - m)
    s = e / e.sum()
    return np.diag(s) - np.outer(s, s)
