import numpy as np


def _unit_rows(A):
    norms = np.linalg.norm(A, axis=1, keepdims=True)
    if np.any(norms == 0):
        raise ValueError("zero vector")
    return A / norms


def moco_step(theta_k, theta_q, m, q, k_pos, queue, tau):
    tk, tq = np.asarray(theta_k, dtype=float), np.asarray(theta_q, dtype=float)
    Q, K = np.asarray(q, dtype=float), np.asarray(k_pos, dtype=float)
    if tk.shape != tq.shape or not 0 <= m <= 1 or not tau > 0:
        raise ValueError("bad parameters")
    if Q.ndim != 2 or Q.size == 0 or K.shape != Q.shape or len(queue) < len(Q):
        raise ValueError("need N×d queries and keys and a queue of at least N keys")
    C = np.asarray(queue, dtype=float)
    if C.ndim != 2 or C.shape[1] != Q.shape[1]:
        raise ValueError("queue rows must have d entries")
    Qn, Kn, Cn = _unit_rows(Q), _unit_rows(K), _unit_rows(C)
    logits = np.hstack([np.sum(Qn * Kn, axis=1, keepdims=True), Qn @ Cn.T]) / tau   # positive at column 0
    mx = logits.max(axis=1, keepdims=True)
    lse = mx[:, 0] + np.log(np.exp(logits - mx).sum(axis=1))
    loss = float(np.mean(lse - logits[:, 0]))
    return {"thetaKNew": m * tk + (1 - m) * tq, "loss": loss, "queueNew": np.vstack([Cn[len(Q):], Kn])}
