import numpy as np


def ridge_fit(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    # Cholesky with a relative pivot test: only alpha = 0 with dependent columns can fail it
    L = np.zeros_like(A)
    tiny = 1e-11 * max(np.max(np.diag(A)), 1e-300)
    for j in range(len(A)):
        s = A[j, j] - L[j, :j] @ L[j, :j]
        if not s > tiny:
            raise ValueError('singular system: alpha = 0 and dependent features')
        L[j, j] = np.sqrt(s)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    z = np.linalg.solve(L, Xc.T @ yc)
    w = np.linalg.solve(L.T, z)
    return {"weights": w, "bias": float(y_mean - x_mean @ w)}
