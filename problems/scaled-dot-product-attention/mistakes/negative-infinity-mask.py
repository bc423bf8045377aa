# expect: wrong_answer
# mistake: fills blocked scores with -np.inf, so a fully masked row becomes nan instead of uniform
# caught-by: every row fully masked
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    Q, K, V = (np.asarray(M, dtype=float) for M in (Q, K, V))
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        scores = np.where(np.asarray(mask) == 0, -np.inf, scores)
    with np.errstate(invalid='ignore'):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        weights = e / e.sum(axis=1, keepdims=True)
    return {"output": weights @ V, "weights": weights}
