# expect: wrong_answer
# mistake: records the loss after each update instead of the loss of the step's own forward pass
# caught-by: a few steps
import numpy as np


def train_head_only(X, y, Wf, bf, Wh, bh, steps, lr):
    Xa = np.asarray(X, dtype=float)
    W, b = np.array(Wh, dtype=float), np.array(bh, dtype=float)
    labels = np.asarray(y)
    if len(Xa) == 0 or steps < 0 or lr < 0 or np.any(labels < 0) or np.any(labels >= len(b)):
        raise ValueError("bad input")
    F = np.maximum(0.0, Xa @ np.asarray(Wf, dtype=float) + np.asarray(bf, dtype=float))
    n, K = len(Xa), len(b)
    Y = np.eye(K)[labels]

    def forward(W, b):
        Z = F @ W + b
        Z = Z - Z.max(axis=1, keepdims=True)
        return Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))

    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    losses = []
    for t in range(1, steps + 1):
        G = (np.exp(forward(W, b)) - Y) / n
        gW, gb = F.T @ G, G.sum(axis=0)
        mW, vW = 0.9 * mW + 0.1 * gW, 0.999 * vW + 0.001 * gW * gW
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        W = W - lr * (mW / (1 - 0.9 ** t)) / (np.sqrt(vW / (1 - 0.999 ** t)) + 1e-8)
        b = b - lr * (mb / (1 - 0.9 ** t)) / (np.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
        losses.append(float(-np.mean(forward(W, b)[np.arange(n), labels])))
    return W, b, losses
