# expect: wrong_answer
# mistake: Adam without bias correction, so the first steps are scaled by (1 − β1)/√(1 − β2) instead of ≈ 1
# caught-by: random 1
import numpy as np


def train_mlp(X, y, W1, b1, W2, b2, batches, masks, p, lr, beta1, beta2, eps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    params = [np.array(W1, dtype=float), np.array(b1, dtype=float), np.array(W2, dtype=float), np.array(b2, dtype=float)]
    W1_, b1_, W2_, b2_ = params
    n, H, K = len(X), b1_.size, b2_.size
    if n == 0 or X.ndim != 2 or X.shape[1] == 0 or H == 0 or K == 0:
        raise ValueError("empty input")
    if W1_.shape != (X.shape[1], H) or W2_.shape != (H, K) or y.shape != (n,):
        raise ValueError("shapes do not chain")
    if np.any(y < 0) or np.any(y >= K) or not 0 <= p < 1 or len(masks) != len(batches):
        raise ValueError("bad labels, p or masks")
    if not (lr >= 0 and 0 <= beta1 < 1 and 0 <= beta2 < 1 and eps > 0):
        raise ValueError("bad Adam hyper-parameters")
    M = [np.zeros_like(P) for P in params]
    V = [np.zeros_like(P) for P in params]
    losses = []
    for t, (batch, mask) in enumerate(zip(batches, masks), start=1):
        idx = np.asarray(batch, dtype=int)
        keep = np.asarray(mask, dtype=float)
        if idx.size == 0 or np.any(idx < 0) or np.any(idx >= n) or keep.shape != (idx.size, H) or not np.all((keep == 0) | (keep == 1)):
            raise ValueError("bad batch or mask")
        keep = keep / (1 - p)
        W1_, b1_, W2_, b2_ = params
        xb, B = X[idx], idx.size
        pre = xb @ W1_ + b1_
        h = np.maximum(pre, 0) * keep
        z = h @ W2_ + b2_
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        onehot = np.eye(K)[y[idx]]
        losses.append(-(logp * onehot).sum() / B)
        dz = (np.exp(logp) - onehot) / B
        dpre = (dz @ W2_.T) * keep * (pre > 0)
        grads = [xb.T @ dpre, dpre.sum(axis=0), h.T @ dz, dz.sum(axis=0)]
        for q, g in enumerate(grads):
            M[q] = beta1 * M[q] + (1 - beta1) * g
            V[q] = beta2 * V[q] + (1 - beta2) * g * g
            params[q] = params[q] - lr * M[q] / (np.sqrt(V[q]) + eps)
    return params[0], params[1], params[2], params[3], losses
