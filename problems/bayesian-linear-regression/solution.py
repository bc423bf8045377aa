import numpy as np


def bayes_lin_reg(X: list[list[float]], y: list[float], lam: float, beta: float, Xtest: list[list[float]]):
    p = len(X[0]) if X else (len(Xtest[0]) if Xtest else 0)
    if p == 0 or any(len(r) != p for r in list(X) + list(Xtest)):
        raise ValueError("rows must have one known length >= 1")
    A = np.asarray(X, dtype=float).reshape(len(X), p)
    T = np.asarray(Xtest, dtype=float).reshape(len(Xtest), p)
    t = np.asarray(y, dtype=float)
    if len(t) != len(A) or not (np.all(np.isfinite(A)) and np.all(np.isfinite(T)) and np.all(np.isfinite(t))):
        raise ValueError("finite rows and one target per row")
    if not (lam > 0 and beta > 0) or not np.isfinite(lam + beta):
        raise ValueError("lambda and beta must be positive")
    S = np.linalg.inv(lam * np.eye(p) + beta * A.T @ A)      # posterior covariance S_N
    m = beta * S @ A.T @ t
    return {"mean": m, "cov": S, "predMean": T @ m, "predVar": 1 / beta + np.einsum("ij,jk,ik->i", T, S, T)}
