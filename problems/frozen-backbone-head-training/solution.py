import numpy as np


def train_head_only(X, y, Wf, bf, Wh, bh, steps, lr):
    Xa, Wfa, bfa = np.asarray(X, dtype=float), np.asarray(Wf, dtype=float), np.asarray(bf, dtype=float)
    W, b = np.array(Wh, dtype=float), np.array(bh, dtype=float)
    if Xa.ndim != 2 or len(Xa) == 0 or Wfa.ndim != 2 or Wfa.size == 0 or W.ndim != 2 or W.size == 0:
        raise ValueError("empty or mis-shaped input")
    n, d = Xa.shape
    h, K = W.shape
    if Wfa.shape != (d, h) or bfa.shape != (h,) or b.shape != (K,):
        raise ValueError("shapes do not fit")
    if not all(np.all(np.isfinite(a)) for a in (Xa, Wfa, bfa, W, b)):
        raise ValueError("non-finite value")
    labels = np.asarray(y)
    if labels.shape != (n,) or np.any(labels < 0) or np.any(labels >= K) or steps < 0 or lr < 0:
        raise ValueError("bad labels, steps or lr")
    F = np.maximum(0.0, Xa @ Wfa + bfa)          # frozen: computed once, never updated
    Y = np.eye(K)[labels]
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    losses = []
    for t in range(1, steps + 1):
        Z = F @ W + b
        Z = Z - Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        losses.append(float(-np.mean(logp[np.arange(n), labels])))
        G = (np.exp(logp) - Y) / n
        gW, gb = F.T @ G, G.sum(axis=0)
        c1, c2 = 1 - 0.9 ** t, 1 - 0.999 ** t
        mW, vW = 0.9 * mW + 0.1 * gW, 0.999 * vW + 0.001 * gW * gW
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        W = W - lr * (mW / c1) / (np.sqrt(vW / c2) + 1e-8)
        b = b - lr * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
    return W, b, losses
