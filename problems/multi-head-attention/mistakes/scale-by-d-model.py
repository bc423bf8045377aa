# expect: wrong_answer
# mistake: scales the scores by √d_model instead of the head width √d_k
# caught-by: heads of width 1
import numpy as np


def linear(x, W, b):
    return np.asarray(x, dtype=float) @ np.asarray(W, dtype=float).T + np.asarray(b, dtype=float)


def multi_head_attention(q, k, v, W_q, b_q, W_k, b_k, W_v, b_v, W_o, b_o, num_heads, mask):
    d = len(b_q)
    if d % num_heads != 0:
        raise ValueError('d must be divisible by num_heads')
    dk = d // num_heads
    Q, K, V = linear(q, W_q, b_q), linear(k, W_k, b_k), linear(v, W_v, b_v)
    heads, weights = [], []
    for i in range(num_heads):
        cols = slice(i * dk, (i + 1) * dk)
        S = Q[:, cols] @ K[:, cols].T / np.sqrt(d)
        if mask is not None:
            S = np.where(np.asarray(mask) == 0, -1e9, S)  # replaced, not added
        e = np.exp(S - S.max(axis=1, keepdims=True))
        A = e / e.sum(axis=1, keepdims=True)
        weights.append(A)
        heads.append(A @ V[:, cols])
    H = np.empty_like(Q)
    for i in range(num_heads):
        H[:, slice(i * dk, (i + 1) * dk)] = heads[i]
    return {"output": linear(H, W_o, b_o), "weights": weights}
