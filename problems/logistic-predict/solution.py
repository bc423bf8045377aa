import numpy as np


def logistic_predict(X: list[list[float]], beta0: float, beta: list[float], threshold: float):
    b = np.asarray(beta, dtype=float)
    if any(len(r) != len(b) for r in X):
        raise ValueError("one value per coefficient in every row")
    A = np.asarray(X, dtype=float).reshape(len(X), len(b))
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(b)) and np.isfinite(beta0)) or not (0 <= threshold <= 1):
        raise ValueError("finite values and a threshold in [0, 1]")
    z = A @ b + beta0                        # the log-odds themselves
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))   # no overflow for large |z|
    return {"proba": p, "logOdds": z, "labels": (p > threshold).astype(int), "oddsRatios": np.exp(b)}
