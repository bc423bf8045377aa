import numpy as np


def softmax(z: list[list[float]]) -> np.ndarray:
    x = np.asarray(z, dtype=float)
    m = x.max(axis=1, keepdims=True)
    with np.errstate(invalid='ignore'):
        e = np.exp(x - m)  # an all -inf row gives -inf - -inf = NaN, as the statement asks
    return e / e.sum(axis=1, keepdims=True)
