# expect: wrong_answer
# mistake: uses np.log(a + 1) instead of np.log1p(a), losing precision for tiny a
# caught-by: tiny values
import numpy as np


def engineer_features(a, b):
    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)
    if x.shape != y.shape:
        raise ValueError("length mismatch")
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.column_stack([x / y, x * x, np.log(x + 1), x * y]).reshape(len(x), 4)
