import numpy as np


def kernel_matrix(A: list[list[float]], B: list[list[float]], kernel: str, gamma, coef0: float, degree: int):
    if kernel not in ("linear", "poly", "rbf", "sigmoid"):
        raise ValueError("unknown kernel")
    if len(A) == 0 or len(A[0]) == 0:
        raise ValueError("A is empty")
    d = len(A[0])
    if any(len(r) != d for r in list(A) + list(B)):
        raise ValueError("rows must have one length")
    a = np.asarray(A, dtype=float)
    b = np.asarray(B, dtype=float).reshape(len(B), d)
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        raise ValueError("values must be finite")
    if gamma == "scale":
        var = a.var()                                  # over every entry of A, ddof 0
        gamma = 1.0 / (d * var) if var > 0 else 1.0
    if isinstance(gamma, str) or not (gamma > 0) or not np.isfinite(gamma):
        raise ValueError("gamma must be positive or 'scale'")
    if not np.isfinite(coef0) or degree < 0 or int(degree) != degree:
        raise ValueError("bad coef0 or degree")
    if kernel == "rbf":
        return np.exp(-gamma * ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1))   # identical rows give exactly 1
    dot = a @ b.T
    if kernel == "linear":
        return dot
    if kernel == "poly":
        return (gamma * dot + coef0) ** degree
    return np.tanh(gamma * dot + coef0)
