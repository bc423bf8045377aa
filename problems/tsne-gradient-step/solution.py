import numpy as np


def tsne_grad_step(P: list[list[float]], Y: list[list[float]], lr: float):
    n = len(Y)
    if n < 2 or len(Y[0]) == 0 or any(len(r) != len(Y[0]) for r in Y):
        raise ValueError("at least two embedding vectors of one length")
    if len(P) != n or any(len(r) != n for r in P):
        raise ValueError("P must be n × n")
    Pa, E = np.asarray(P, dtype=float), np.asarray(Y, dtype=float)
    if not np.all(np.isfinite(E)) or not np.all(np.isfinite(Pa)) or np.any(Pa < 0) or np.any(np.diag(Pa) != 0):
        raise ValueError("P must be finite, >= 0, with a zero diagonal")
    if np.abs(Pa - Pa.T).max() > 1e-12 or abs(Pa.sum() - 1) > 1e-9:
        raise ValueError("P must be symmetric and sum to 1")
    if not (lr > 0) or not np.isfinite(lr):
        raise ValueError("lr must be positive")
    diff = E[:, None, :] - E[None, :, :]
    W = 1 / (1 + (diff ** 2).sum(-1))
    np.fill_diagonal(W, 0.0)
    Q = W / W.sum()
    grad = 4 * (((Pa - Q) * W)[:, :, None] * diff).sum(1)
    return {"grad": grad, "Ynew": E - lr * grad}
