import numpy as np


def retrieve_top_k(queries, docs, k):
    if not isinstance(k, int) or k < 0:
        raise ValueError("k must be an integer >= 0")
    lengths = {len(v) for v in list(queries) + list(docs)}
    if len(lengths) > 1 or 0 in lengths:
        raise ValueError("vectors must share one positive length")
    if not queries:
        return {"indices": [], "scores": []}
    Q = np.asarray(queries, dtype=float)
    D = np.asarray(docs, dtype=float).reshape(len(docs), Q.shape[1])
    if not np.isfinite(Q).all() or not np.isfinite(D).all():
        raise ValueError("entries must be finite")
    qn = np.linalg.norm(Q, axis=1)
    dn = np.linalg.norm(D, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        S = np.where(np.outer(qn, dn) > 0, (Q @ D.T) / np.outer(qn, dn), 0.0)
    order = np.argsort(-S, axis=1, kind="stable")[:, :k]   # stable: ties keep the lower index first
    return {"indices": order, "scores": np.take_along_axis(S, order, axis=1)}
