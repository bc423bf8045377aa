import numpy as np


def mlp_backprop_bce(X, y, W1, b1, W2, b2):
    X, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (X, W1, b1, W2, b2))
    if X.ndim != 2 or X.shape[0] == 0 or W1.ndim != 2 or X.shape[1] != W1.shape[0] or 0 in W1.shape or b1.shape != (W1.shape[1],):
        raise ValueError("shape mismatch in the hidden layer")
    if W2.shape != (W1.shape[1], 1) or b2.shape != (1,) or len(y) != X.shape[0] or any(v not in (0, 1) for v in y):
        raise ValueError("W2 must be H×1, b2 one value, y 0/1 labels")
    n = X.shape[0]
    t = np.asarray(y, dtype=float)
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0)
    z = (H @ W2 + b2)[:, 0]
    loss = np.mean(np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z))))
    d2 = (0.5 * (1 + np.tanh(0.5 * z)) - t) / n          # σ(z) − y: the σ′ cancels
    d1 = (d2[:, None] * W2[:, 0][None, :]) * (Z1 > 0)
    return {"loss": float(loss), "dW1": X.T @ d1, "db1": d1.sum(axis=0), "dW2": H.T @ d2[:, None], "db2": np.array([d2.sum()])}
