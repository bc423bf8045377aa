# expect: wrong_answer
# mistake: computes the flags as "value is non-zero", so a missing (NaN) count raises the flag
# caught-by: missing values
import numpy as np


def credit_features(raw):
    X = np.asarray(raw, dtype=float).reshape(len(raw), -1) if raw else np.zeros((0, 18))
    if X.shape[1] != 18 or np.any(X < 0):
        raise ValueError("bad rows")
    r = lambda a, b: X[:, a] / (X[:, b] + 1)
    util = r(5, 6)
    cols = [r(0, 1), r(2, 1), r(3, 4), util, X[:, 6] - X[:, 5], r(7, 8), r(9, 8), r(10, 11), X[:, 12],
            r(13, 14), r(15, 11), (X[:, 16] != 0).astype(float), (X[:, 17] != 0).astype(float), (util != 0) & (util > 0.7)]
    cols[-1] = cols[-1].astype(float)
    return np.column_stack(cols) if len(X) else []
