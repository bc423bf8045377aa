import numpy as np


def svm_primal_stats(X: list[list[float]], y: list[int], w: list[float], b: float, C: float, tol: float):
    if len(y) != len(X) or any(v not in (1, -1) for v in y):
        raise ValueError("one label of -1 or +1 per row")
    if any(len(r) != len(w) for r in X):
        raise ValueError("rows must have the length of w")
    Xa = np.asarray(X, dtype=float).reshape(len(X), len(w))
    wa = np.asarray(w, dtype=float)
    if not (np.all(np.isfinite(Xa)) and np.all(np.isfinite(wa)) and np.isfinite(b)):
        raise ValueError("values must be finite")
    if not (C >= 0) or not np.isfinite(C) or not (tol >= 0) or not np.isfinite(tol):
        raise ValueError("C and tol must be >= 0")
    margins = np.asarray(y, dtype=float) * (Xa @ wa + b)
    slacks = np.maximum(0.0, 1.0 - margins)
    w2 = float(wa @ wa)
    return {
        "margins": margins,
        "slacks": slacks,
        "marginWidth": float("inf") if w2 == 0 else 2 / np.sqrt(w2),
        "objective": 0.5 * w2 + C * float(slacks.sum()),
        "supportVectors": np.nonzero(margins <= 1 + tol)[0],   # on or inside the margin, misclassified included
    }
