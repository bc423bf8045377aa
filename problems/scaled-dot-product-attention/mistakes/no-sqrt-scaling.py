# expect: wrong_answer
# mistake: forgets to divide the scores by sqrt(d_k)
# caught-by: scaling by sqrt(d_k) matters
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    Q, K, V = (np.asarray(M, dtype=float) for M in (Q, K, V))
    scores = Q @ K.T
    if mask is not None:
        scores = np.where(np.asarray(mask) == 0, -1e9, scores)
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    return {"output": weights @ V, "weights": weights}
