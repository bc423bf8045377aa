import math
from typing import TypedDict

import numpy as np


class SgdResult(TypedDict):
    w: list[float]
    b: float
    batchLoss: list[float]
    epochLoss: list[float]


def sgd_minibatch(X: list[list[float]], y: list[float], w0: list[float], b0: float, lr: float, batch_size: int, perms: list[list[int]]) -> SgdResult:
    """Parameters after mini-batch gradient descent over the given shuffles, each batch's loss before its update, and the full loss after each epoch."""
    n, d = len(X), len(w0)
    if n == 0 or len(y) != n or any(len(row) != d for row in X):
        raise ValueError('X must be n x d with one y per row')
    if not (lr >= 0 and math.isfinite(lr)):
        raise ValueError('lr must be a finite number >= 0')
    if not (float(batch_size).is_integer() and batch_size >= 1):
        raise ValueError('batch_size must be a positive integer')
    for perm in perms:
        if sorted(perm) != list(range(n)):
            raise ValueError('every entry of perms must be a permutation of 0..n-1')
    Xa, ya = np.asarray(X, dtype=float).reshape(n, d), np.asarray(y, dtype=float)
    w, b = np.asarray(w0, dtype=float), float(b0)
    bs = int(batch_size)
    batch_loss, epoch_loss = [], []
    for perm in perms:
        for start in range(0, n, bs):
            rows = np.asarray(perm[start:start + bs], dtype=int)
            r = Xa[rows] @ w + b - ya[rows]
            batch_loss.append(float(r @ r / (2 * len(rows))))
            w = w - lr * (Xa[rows].T @ r) / len(rows)
            b = b - lr * r.mean()
        r = Xa @ w + b - ya
        epoch_loss.append(float(r @ r / (2 * n)))
    return {'w': w.tolist(), 'b': float(b), 'batchLoss': batch_loss, 'epochLoss': epoch_loss}
