import numpy as np


def svr_objective(X: list[list[float]], y: list[float], w: list[float], b: float, C: float, eps: float):
    if len(y) != len(X) or any(len(r) != len(w) for r in X):
        raise ValueError("one target per row, rows of the length of w")
    Xa = np.asarray(X, dtype=float).reshape(len(X), len(w))
    ya = np.asarray(y, dtype=float)
    wa = np.asarray(w, dtype=float)
    if not (np.all(np.isfinite(Xa)) and np.all(np.isfinite(ya)) and np.all(np.isfinite(wa)) and np.isfinite(b)):
        raise ValueError("values must be finite")
    if not (C >= 0) or not np.isfinite(C) or not (eps >= 0) or not np.isfinite(eps):
        raise ValueError("C and eps must be >= 0")
    r = ya - (Xa @ wa + b)
    losses = np.maximum(0.0, np.abs(r) - eps)
    out = np.abs(r) > eps                                  # inside the tube and on its edge: subgradient 0
    s = np.sign(r) * out
    return {"losses": losses, "objective": 0.5 * float(wa @ wa) + C * float(losses.sum()),
            "gradW": wa - C * (s @ Xa), "gradB": float(-C * s.sum())}
