import numpy as np


def nesterov(A: list[list[float]], b: list[float], w0: list[float], lr: float, beta: float, steps: int) -> list[list[float]]:
    """The iterates w_1..w_T of Nesterov's accelerated gradient on 1/2 w^T A w - b^T w."""
    d = len(w0)
    if d == 0 or len(b) != d or len(A) != d or any(len(row) != d for row in A):
        raise ValueError('A must be d x d and b, w0 of length d')
    if not lr > 0 or not 0 <= beta < 1:
        raise ValueError('need lr > 0 and beta in [0, 1)')
    if not (float(steps).is_integer() and steps >= 0):
        raise ValueError('steps must be a non-negative integer')
    A_, b_ = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    w = np.asarray(w0, dtype=float)
    v = np.zeros(d)
    out = []
    for _ in range(int(steps)):
        g = A_ @ (w + beta * v) - b_
        v = beta * v - lr * g
        w = w + v
        out.append(w.tolist())
    return out
