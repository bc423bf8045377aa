import numpy as np


def pca(X, k):
    X = np.asarray(X, dtype=float)
    n = len(X)
    if n < 2:
        raise ValueError('need at least two samples')
    mean = X.mean(axis=0)
    Xc = X - mean
    C = Xc.T @ Xc / (n - 1)
    eigenvalues, eigenvectors = np.linalg.eigh(C)  # ascending, for a symmetric matrix
    order = np.argsort(eigenvalues)[::-1][:k]
    components = eigenvectors[:, order].T
    variance = np.maximum(eigenvalues[order], 0.0)
    total = np.trace(C)
    ratio = variance / total if total > 0 else np.zeros(k)
    return {"components": components, "explainedVariance": variance, "explainedVarianceRatio": ratio,
            "scores": (Xc @ components.T).reshape(n, k), "mean": mean}
