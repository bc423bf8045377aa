import numpy as np


def robust_scale(Xtrain: list[list[float]], Xtest: list[list[float]]):
    if len(Xtrain) == 0 or len(Xtrain[0]) == 0:
        raise ValueError("Xtrain is empty")
    d = len(Xtrain[0])
    if any(len(r) != d for r in list(Xtrain) + list(Xtest)):
        raise ValueError("rows must have one length")
    A = np.asarray(Xtrain, dtype=float)
    T = np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(T))):
        raise ValueError("values must be finite")
    q1, med, q3 = np.percentile(A, [25, 50, 75], axis=0)     # numpy's default linear interpolation; train rows only
    scale = np.where(q3 - q1 == 0, 1.0, q3 - q1)
    return {"train": (A - med) / scale, "test": (T - med) / scale}
