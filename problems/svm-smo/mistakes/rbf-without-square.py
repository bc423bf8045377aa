# expect: wrong_answer
# mistake: uses exp(−γ‖a − b‖) for the RBF kernel; it is exp(−γ‖a − b‖²)
# caught-by: an RBF kernel so narrow that K is the identity
import numpy as np


def _kernel(A, B, kernel, gamma, coef0, degree):
    if kernel == "linear":
        return A @ B.T
    if kernel == "poly":
        return (gamma * (A @ B.T) + coef0) ** degree
    if kernel == "rbf":
        sq = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=2)
        return np.exp(-gamma * np.sqrt(sq))
    if kernel == "sigmoid":
        return np.tanh(gamma * (A @ B.T) + coef0)
    raise ValueError("unknown kernel")


def svm_smo(X, y, C, kernel, gamma, coef0, degree, tol, max_iter, Xtest):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(X)
    if X.ndim != 2 or n < 2 or X.shape[1] == 0 or y.shape != (n,) or not np.all(np.isin(y, (-1, 1))):
        raise ValueError("X must be n×d (n >= 2) and y ±1 labels")
    if not (np.any(y == 1) and np.any(y == -1)) or not C > 0 or not tol > 0 or max_iter < 0:
        raise ValueError("both classes, C > 0, tol > 0, max_iter >= 0")
    if kernel != "linear" and not gamma > 0:
        raise ValueError("gamma must be positive")
    if any(len(row) != X.shape[1] for row in Xtest):
        raise ValueError("Xtest rows must have d entries")
    T = np.asarray(Xtest, dtype=float).reshape(len(Xtest), X.shape[1])
    K = _kernel(X, X, kernel, gamma, coef0, degree)
    Q = y[:, None] * y[None, :] * K
    alpha = np.zeros(n)
    G = -np.ones(n)
    for _ in range(max_iter):
        v = -y * G
        up = np.where(y == 1, alpha < C, alpha > 0)
        low = np.where(y == 1, alpha > 0, alpha < C)
        if not up.any() or not low.any():
            break
        i = int(np.argmax(np.where(up, v, -np.inf)))     # first index of the maximum
        j = int(np.argmin(np.where(low, v, np.inf)))
        gap = v[i] - v[j]
        if gap < tol:
            break
        eta = K[i, i] + K[j, j] - 2 * K[i, j]
        eta = eta if eta > 0 else 1e-12
        room = min(C - alpha[i] if y[i] == 1 else alpha[i], alpha[j] if y[j] == 1 else C - alpha[j])
        step = min(gap / eta, room)
        old_i, old_j = alpha[i], alpha[j]
        alpha[i] = min(C, max(0.0, alpha[i] + y[i] * step))   # α_i y_i + α_j y_j stays constant
        alpha[j] = min(C, max(0.0, alpha[j] - y[j] * step))
        G += Q[:, i] * (alpha[i] - old_i) + Q[:, j] * (alpha[j] - old_j)
    yG = y * G
    free = (alpha > 0) & (alpha < C)
    if free.any():
        rho = yG[free].mean()
    else:
        upper = ((alpha == C) & (y == -1)) | ((alpha == 0) & (y == 1))
        rho = (yG[upper].min() + yG[~upper].max()) / 2
    b = -rho
    return alpha, b, _kernel(T, X, kernel, gamma, coef0, degree) @ (alpha * y) + b
