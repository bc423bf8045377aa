import numpy as np


def quadratic_weighted_kappa(y_true, y_pred, num_classes):
    K = num_classes
    if not isinstance(K, int) or K < 2:
        raise ValueError("num_classes must be an integer >= 2")
    n = len(y_true)
    if n == 0 or len(y_pred) != n:
        raise ValueError("y_true and y_pred need the same, non-zero length")
    for v in list(y_true) + list(y_pred):
        if not isinstance(v, int) or not 0 <= v < K:
            raise ValueError("grades must be integers in [0, num_classes)")
    O = np.zeros((K, K))
    np.add.at(O, (np.asarray(y_true), np.asarray(y_pred)), 1)
    E = np.outer(O.sum(axis=1), O.sum(axis=0)) / n
    i, j = np.indices((K, K))
    W = (i - j) ** 2 / (K - 1) ** 2
    den = float((W * E).sum())
    return float("nan") if den == 0 else 1 - float((W * O).sum()) / den
