# expect: wrong_answer
# mistake: divides by the norm unconditionally, so a tower output of all zeros becomes NaN
# caught-by: a tower output of zeros
import numpy as np


def two_tower_top_k(user_feats, item_feats, Wu1, bu1, Wu2, bu2, Wi1, bi1, Wi2, bi2, seen, k):
    def tower(X, W1, b1, W2, b2):
        out = np.maximum(0.0, np.asarray(X, dtype=float) @ np.asarray(W1) + b1) @ np.asarray(W2) + b2
        with np.errstate(invalid="ignore", divide="ignore"):
            return out / np.linalg.norm(out, axis=1, keepdims=True)
    U, V = tower(user_feats, Wu1, bu1, Wu2, bu2), tower(item_feats, Wi1, bi1, Wi2, bi2)
    if U.shape[1] != V.shape[1] or k < 0:
        raise ValueError("bad shapes")
    scores = U @ V.T
    S = np.asarray(seen)
    top = [sorted([i for i in range(len(V)) if S[u, i] == 0], key=lambda i: (-scores[u, i], i))[:k] for u in range(len(U))]
    return {"scores": scores, "topK": top}
