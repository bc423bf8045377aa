import numpy as np


def engineer_features(a, b):
    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)
    if x.shape != y.shape:
        raise ValueError("a and b must have the same length")
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.column_stack([x / y, x * x, np.log1p(x), x * y]).reshape(len(x), 4)
