import math
from typing import TypedDict

import numpy as np


class AccumulationResult(TypedDict):
    gradients: list[list[float]]
    weights: list[list[float]]


def accumulate_gradients(X: list[list[float]], y: list[float], w0: list[float], lr: float, micro_batches: list[list[int]], accum_steps: int) -> AccumulationResult:
    """The accumulated gradient of every optimizer step and the weights after it."""
    n, d = len(X), len(w0)
    if len(y) != n or any(len(row) != d for row in X):
        raise ValueError('X must be n x d with one y per row')
    if not (lr >= 0 and math.isfinite(lr)):
        raise ValueError('lr must be a finite number >= 0')
    if not (float(accum_steps).is_integer() and accum_steps >= 1):
        raise ValueError('accum_steps must be a positive integer')
    Xa, ya = np.asarray(X, dtype=float).reshape(n, d), np.asarray(y, dtype=float)
    w = np.asarray(w0, dtype=float)
    k = int(accum_steps)
    gradients, weights = [], []
    for start in range(0, len(micro_batches), k):
        group = micro_batches[start:start + k]
        seen: set[int] = set()
        for batch in group:
            if len(batch) == 0:
                raise ValueError('empty micro-batch')
            for i in batch:
                if not (float(i).is_integer() and 0 <= i < n) or i in seen:
                    raise ValueError('index out of range or repeated within a group')
                seen.add(int(i))
        total = len(seen)
        G = np.zeros(d)
        for batch in group:
            rows = np.asarray(batch, dtype=int)
            grad = Xa[rows].T @ (Xa[rows] @ w - ya[rows]) / len(rows)
            G += len(rows) / total * grad
        w = w - lr * G
        gradients.append(G.tolist())
        weights.append(w.tolist())
    return {'gradients': gradients, 'weights': weights}
