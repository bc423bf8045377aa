import numpy as np


def gp_regression(Xtrain: list[list[float]], y: list[float], Xtest: list[list[float]], length_scale: float,
                  signal_var: float, noise_var: float):
    if len(Xtrain) == 0 or len(Xtrain[0]) == 0:
        raise ValueError("Xtrain is empty")
    d = len(Xtrain[0])
    if any(len(r) != d for r in list(Xtrain) + list(Xtest)):
        raise ValueError("rows must have one length")
    A = np.asarray(Xtrain, dtype=float)
    T = np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)
    t = np.asarray(y, dtype=float)
    if len(t) != len(A) or not (np.all(np.isfinite(A)) and np.all(np.isfinite(T)) and np.all(np.isfinite(t))):
        raise ValueError("finite rows and one target per row")
    if not (length_scale > 0 and signal_var > 0) or not np.isfinite(length_scale + signal_var) or not (noise_var >= 0) or not np.isfinite(noise_var):
        raise ValueError("bad kernel parameters")

    def k(P, Q):
        return signal_var * np.exp(-((P[:, None, :] - Q[None, :, :]) ** 2).sum(-1) / (2 * length_scale ** 2))

    n = len(A)
    K = k(A, A) + (noise_var if noise_var > 0 else 1e-10) * np.eye(n)   # jitter keeps duplicates factorable
    L = np.linalg.cholesky(K)
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, t))
    Ks = k(A, T)
    V = np.linalg.solve(L, Ks)
    return {"mean": Ks.T @ alpha, "variance": signal_var - (V ** 2).sum(0),
            "logMarginal": float(-0.5 * t @ alpha - np.log(np.diag(L)).sum() - n / 2 * np.log(2 * np.pi))}
