import numpy as np


def _linear(x, W, b):
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    if W.ndim != 2 or W.shape != (b.size, x.shape[1]):
        raise ValueError("a linear layer has the wrong shape")
    return x @ W.T + b                     # nn.Linear: y = x Wᵀ + b


def _layer_norm(z, g, b, eps):
    mu = z.mean(axis=1, keepdims=True)
    var = ((z - mu) ** 2).mean(axis=1, keepdims=True)  # biased variance
    return np.asarray(g, dtype=float) * (z - mu) / np.sqrt(var + eps) + np.asarray(b, dtype=float)


def encoder_layer(x, p, num_heads, mask, eps):
    x = np.asarray(x, dtype=float)
    if x.ndim != 2 or x.shape[0] == 0:
        raise ValueError("x must be a non-empty n×d matrix")
    n, d = x.shape
    if not isinstance(num_heads, int) or num_heads < 1 or d % num_heads or eps < 0:
        raise ValueError("d must be divisible by num_heads, eps >= 0")
    if any(len(p[k]) != d for k in ("g1", "be1", "g2", "be2")):
        raise ValueError("LayerNorm parameters must have length d")
    M = None if mask is None else np.asarray(mask)
    if M is not None and M.shape != (n, n):
        raise ValueError("mask must be n×n")
    dk = d // num_heads
    Q, K, V = (_linear(x, p[w], p[b]).reshape(n, num_heads, dk).transpose(1, 0, 2) for w, b in (("Wq", "bq"), ("Wk", "bk"), ("Wv", "bv")))
    S = Q @ K.transpose(0, 2, 1) / np.sqrt(dk)          # h×n×n
    if M is not None:
        S = np.where(M[None] == 0, -1e9, S)
    A = np.exp(S - S.max(axis=2, keepdims=True))
    A /= A.sum(axis=2, keepdims=True)
    heads = (A @ V).transpose(1, 0, 2).reshape(n, d)     # concatenate the heads in order
    x1 = _layer_norm(x + _linear(heads, p["Wo"], p["bo"]), p["g1"], p["be1"], eps)
    ff = _linear(np.maximum(0, _linear(x1, p["W1"], p["b1"])), p["W2"], p["b2"])
    return _layer_norm(x1 + ff, p["g2"], p["be2"], eps)
