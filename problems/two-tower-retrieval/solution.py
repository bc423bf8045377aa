import numpy as np


def _tower(X, W1, b1, W2, b2):
    W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2))
    if W1.ndim != 2 or W2.ndim != 2 or W1.size == 0 or W2.size == 0 or W1.shape[1] != b1.size or W2.shape != (b1.size, b2.size):
        raise ValueError("tower parameters do not fit together")
    X = np.asarray(X, dtype=float).reshape(len(X), -1) if len(X) else np.zeros((0, W1.shape[0]))
    if X.shape[1] != W1.shape[0] or not np.all(np.isfinite(X)) or not all(np.all(np.isfinite(a)) for a in (W1, b1, W2, b2)):
        raise ValueError("features do not fit the tower")
    out = np.maximum(0.0, X @ W1 + b1) @ W2 + b2
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norm, out=np.zeros_like(out), where=norm > 0)


def two_tower_top_k(user_feats, item_feats, Wu1, bu1, Wu2, bu2, Wi1, bi1, Wi2, bi2, seen, k):
    U = _tower(user_feats, Wu1, bu1, Wu2, bu2)
    V = _tower(item_feats, Wi1, bi1, Wi2, bi2)
    if U.shape[1] != V.shape[1] or k < 0:
        raise ValueError("output dimensions differ or k < 0")
    S = np.asarray(seen)
    if S.shape != (len(U), len(V)) or not np.all((S == 0) | (S == 1)):
        raise ValueError("seen must be a users×items 0/1 matrix")
    scores = U @ V.T
    top = []
    for u in range(len(U)):
        unseen = [i for i in range(len(V)) if S[u, i] == 0]
        top.append(sorted(unseen, key=lambda i: (-scores[u, i], i))[:k])
    return {"scores": scores, "topK": top}
