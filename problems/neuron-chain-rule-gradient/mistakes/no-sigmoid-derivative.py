# expect: wrong_answer
# mistake: drops the ∂a/∂z factor and uses a − t as ∂L/∂z, which is the cross-entropy gradient, not the squared loss's
# caught-by: random 1
import numpy as np


def neuron_grad(x, w, b, target, lr):
    X, W = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    if X.ndim != 1 or X.size == 0 or W.shape != X.shape or lr < 0:
        raise ValueError("bad input")
    a = 1.0 / (1.0 + np.exp(-(W @ X + b)))
    dz = a - target
    return a, 0.5 * (a - target) ** 2, dz * X, dz, W - lr * dz * X, b - lr * dz
