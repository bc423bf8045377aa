import numpy as np


def svm_decision(SV: list[list[float]], dual_coef: list[list[float]], intercept: list[float], X: list[list[float]],
                 kernel: str, gamma: float, coef0: float, degree: int):
    if kernel not in ("linear", "poly", "rbf", "sigmoid"):
        raise ValueError("unknown kernel")
    C = len(intercept)
    if C == 0 or len(dual_coef) != C or any(len(r) != len(SV) for r in dual_coef):
        raise ValueError("one row of dual coefficients per machine, one per support vector")
    rows = list(SV) + list(X)
    d = len(rows[0]) if rows else 0
    if any(len(r) != d for r in rows):
        raise ValueError("support vectors and rows must have one length")
    if not (gamma > 0) or not np.isfinite(gamma) or not np.isfinite(coef0) or degree < 0 or int(degree) != degree:
        raise ValueError("bad kernel parameters")
    S = np.asarray(SV, dtype=float).reshape(len(SV), d)
    Xa = np.asarray(X, dtype=float).reshape(len(X), d)
    A = np.asarray(dual_coef, dtype=float).reshape(C, len(SV))
    b = np.asarray(intercept, dtype=float)
    if not (np.all(np.isfinite(S)) and np.all(np.isfinite(Xa)) and np.all(np.isfinite(A)) and np.all(np.isfinite(b))):
        raise ValueError("values must be finite")
    if kernel == "rbf":
        K = np.exp(-gamma * ((Xa[:, None, :] - S[None, :, :]) ** 2).sum(-1))
    else:
        dot = Xa @ S.T
        K = dot if kernel == "linear" else (gamma * dot + coef0) ** degree if kernel == "poly" else np.tanh(gamma * dot + coef0)
    scores = K @ A.T + b                                  # f_c(x) = Σ_i (α_i y_i)_c K(s_i, x) + b_c
    labels = np.where(scores[:, 0] > 0, 1, -1) if C == 1 else scores.argmax(1)
    return {"scores": scores, "labels": labels}
