# expect: wrong_answer
# mistake: adds -1e9 to blocked scores instead of replacing them, so a fully masked row keeps the unmasked softmax
# caught-by: fully masked row gives uniform weights
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    Q, K, V = (np.asarray(M, dtype=float) for M in (Q, K, V))
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        scores = scores + (np.asarray(mask) == 0) * -1e9
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    return {"output": weights @ V, "weights": weights}
