import numpy as np


def lda_doc_log_lik(theta, beta, words):
    K = len(theta)
    if K == 0 or len(beta) != K:
        raise ValueError("theta and beta need the same, non-zero number of topics")
    V = len(beta[0])
    if V == 0 or any(len(r) != V for r in beta):
        raise ValueError("beta rows must have the same positive length")
    t, B = np.asarray(theta, dtype=float), np.asarray(beta, dtype=float)
    for p in [t] + list(B):
        if not np.all(np.isfinite(p)) or np.any(p < 0) or abs(p.sum() - 1) > 1e-9:
            raise ValueError("theta and the rows of beta must be probability vectors")
    if any(not isinstance(w, int) or not 0 <= w < V for w in words):
        raise ValueError("word ids must be integers in [0, V)")
    if len(words) == 0:
        return {"logLik": 0.0, "topicPosteriors": []}
    joint = t[None, :] * B[:, np.asarray(words)].T  # one row per word
    p = joint.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return {"logLik": float(np.sum(np.log(p))), "topicPosteriors": joint / p[:, None]}
