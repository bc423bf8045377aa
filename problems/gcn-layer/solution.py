import numpy as np


def gcn_layer(A, H, W):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] == 0 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square and non-empty")
    if not np.isfinite(A).all() or (A < 0).any() or not np.array_equal(A, A.T):
        raise ValueError("A must be symmetric with finite, non-negative weights")
    H = np.asarray(H, dtype=float)
    W = np.asarray(W, dtype=float)
    if H.ndim != 2 or H.shape[0] != A.shape[0] or W.ndim != 2 or W.shape[0] != H.shape[1]:
        raise ValueError("H must be n×f and W f×f'")
    At = A + np.eye(A.shape[0])                    # self-loops
    d = 1 / np.sqrt(At.sum(axis=1))
    return np.maximum(0.0, (d[:, None] * At * d[None, :]) @ (H @ W))
