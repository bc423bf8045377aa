import numpy as np


def saliency(x, W1, b1, W2, b2, target_class):
    x, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (x, W1, b1, W2, b2))
    D, H, C = x.size, b1.size, b2.size
    if not D or not H or not C or W1.shape != (D, H) or W2.shape != (H, C):
        raise ValueError("shape mismatch")
    if not isinstance(target_class, int) or not 0 <= target_class < C:
        raise ValueError("target_class out of range")
    active = (x @ W1 + b1) > 0              # ReLU'(0) = 0
    return np.abs(W1 @ (active * W2[:, target_class]))
