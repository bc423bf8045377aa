import numpy as np


def pca_reconstruct(X: list[list[float]], mean: list[float], components: list[list[float]]):
    if len(X) == 0 or len(mean) == 0:
        raise ValueError("X and the mean must not be empty")
    p = len(mean)
    if any(len(r) != p for r in list(X) + list(components)):
        raise ValueError("rows, mean and components must have one length")
    A = np.asarray(X, dtype=float)
    mu = np.asarray(mean, dtype=float)
    V = np.asarray(components, dtype=float).reshape(len(components), p)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(mu)) and np.all(np.isfinite(V))):
        raise ValueError("values must be finite")
    if np.abs(V @ V.T - np.eye(len(V))).max(initial=0) > 1e-6:
        raise ValueError("the components must be orthonormal")
    Z = (A - mu) @ V.T                     # centre, then project
    Xh = Z @ V + mu                        # inverse transform adds the mean back
    return {"scores": Z, "reconstruction": Xh, "mse": float(((A - Xh) ** 2).mean())}
