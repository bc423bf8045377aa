import numpy as np


def normal_equation(X, y):
    y = np.asarray(y, dtype=float)
    n = len(y)
    Xb = np.hstack([np.ones((n, 1)), np.asarray(X, dtype=float).reshape(n, -1)])
    G = Xb.T @ Xb
    r = Xb.T @ y
    p = len(G)
    # Cholesky with a relative pivot test: a rank-deficient design has a (near-)zero pivot
    L = np.zeros_like(G)
    tiny = 1e-10 * np.max(np.diag(G))
    for j in range(p):
        s = G[j, j] - L[j, :j] @ L[j, :j]
        if not s > tiny:
            raise ValueError('the columns of [1, X] are linearly dependent')
        L[j, j] = np.sqrt(s)
        L[j + 1:, j] = (G[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    z = np.zeros(p)
    for i in range(p):
        z[i] = (r[i] - L[i, :i] @ z[:i]) / L[i, i]
    theta = np.zeros(p)
    for i in reversed(range(p)):
        theta[i] = (z[i] - L[i + 1:, i] @ theta[i + 1:]) / L[i, i]
    return {"weights": theta[1:], "bias": float(theta[0])}
