# expect: wrong_answer
# mistake: sums the per-example gradients instead of averaging them (dZ without the 1/m)
# caught-by: output layer only (no hidden layer)
import numpy as np


def mlp_gradients(X, Y, weights, biases):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    W = [np.asarray(w, dtype=float) for w in weights]
    b = [np.asarray(v, dtype=float) for v in biases]
    m = len(X)
    A, Z = [X], []
    for l in range(len(W)):
        Z.append(A[-1] @ W[l] + b[l])
        if l < len(W) - 1:
            A.append(np.maximum(Z[-1], 0))
    z = Z[-1]
    log_p = z - z.max(axis=1, keepdims=True)
    log_p = log_p - np.log(np.exp(log_p).sum(axis=1, keepdims=True))
    loss = -np.sum(np.where(Y > 0, Y * log_p, 0.0)) / m
    dZ = (np.exp(log_p) - Y)
    dW, db = [None] * len(W), [None] * len(W)
    for l in reversed(range(len(W))):
        dW[l] = A[l].T @ dZ
        db[l] = dZ.sum(axis=0)
        if l > 0:
            dZ = (dZ @ W[l].T) * (Z[l - 1] > 0)
    return {"dW": dW, "db": db, "loss": float(loss)}
