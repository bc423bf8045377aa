import math

import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


def neuron_grad(x, w, b, target, lr):
    X, W = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    if X.ndim != 1 or X.size == 0 or W.shape != X.shape:
        raise ValueError("x and w must be non-empty vectors of one length")
    if not (np.all(np.isfinite(X)) and np.all(np.isfinite(W)) and all(map(math.isfinite, (b, target, lr)))) or lr < 0:
        raise ValueError("inputs must be finite and lr >= 0")
    z = float(W @ X) + b
    a = _sigmoid(z)
    loss = 0.5 * (a - target) ** 2
    dz = (a - target) * _sigmoid(z) * _sigmoid(-z)   # ∂L/∂a · ∂a/∂z
    dW = dz * X                                       # · ∂z/∂w = x
    return a, loss, dW, dz, W - lr * dW, b - lr * dz
