# expect: wrong_answer
# mistake: updates each layer as soon as its gradient is known, then back-propagates through the already-updated weights
# caught-by: random 1
import numpy as np


def _softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def train_mlp(X, Y, weights, biases, epochs, lr, batch_size, perms):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    W = [np.array(w, dtype=float) for w in weights]
    b = [np.array(v, dtype=float) for v in biases]
    n, L = len(X), len(W)
    if n == 0 or L == 0 or len(b) != L or X.ndim != 2:
        raise ValueError("empty input")
    fan_in = X.shape[1]
    for Wl, bl in zip(W, b):
        if Wl.ndim != 2 or Wl.shape != (fan_in, bl.size):
            raise ValueError("layers do not chain")
        fan_in = bl.size
    if Y.shape != (n, fan_in):
        raise ValueError("Y has the wrong shape")
    if epochs < 0 or batch_size < 1 or not (0 <= lr < float("inf")) or len(perms) != epochs:
        raise ValueError("bad hyper-parameters")
    if any(sorted(p) != list(range(n)) for p in perms):
        raise ValueError("every perms[e] must be a permutation of 0..n-1")

    def forward(A):
        As, Zs = [A], []
        for l in range(L):
            Z = As[-1] @ W[l] + b[l]
            Zs.append(Z)
            As.append(np.maximum(Z, 0) if l < L - 1 else _softmax(Z))
        return As, Zs

    losses = []
    for e in range(epochs):
        order = np.asarray(perms[e], dtype=int)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            As, Zs = forward(X[idx])
            dZ = (As[-1] - Y[idx]) / len(idx)
            for l in range(L - 1, -1, -1):
                W[l] = W[l] - lr * (As[l].T @ dZ)
                b[l] = b[l] - lr * dZ.sum(axis=0)
                if l > 0:
                    dZ = (dZ @ W[l].T) * (Zs[l - 1] > 0)
        if e % 10 == 0:
            P = forward(X)[0][-1]
            losses.append(-np.mean(np.sum(Y * np.log(P + 1e-8), axis=1)))
    return {"weights": W, "biases": b, "losses": losses}
