import numpy as np


def dense_forward(X, W, b, activation):
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    if W.ndim != 2 or W.shape[0] == 0 or b.ndim != 1 or b.size == 0 or W.shape[1] != b.size:
        raise ValueError("W must be in×out with out = len(b)")
    X = np.asarray(X, dtype=float).reshape(len(X), -1) if len(X) else np.zeros((0, W.shape[0]))
    if X.shape[1] != W.shape[0]:
        raise ValueError("input width mismatch")
    Z = X @ W + b
    if activation == "linear":
        return Z
    if activation == "relu":
        return np.maximum(Z, 0)
    if activation == "sigmoid":
        return 0.5 * (1 + np.tanh(0.5 * Z))  # never overflows
    if activation == "tanh":
        return np.tanh(Z)
    raise ValueError("unknown activation")
