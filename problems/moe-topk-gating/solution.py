import numpy as np


def moe_gate(gate_logits, expert_out, k):
    L = np.asarray(gate_logits, dtype=float)
    if L.ndim != 2 or L.shape[0] == 0 or L.shape[1] == 0 or not np.isfinite(L).all():
        raise ValueError("gate logits must be a finite T×E matrix")
    T, E = L.shape
    if not isinstance(k, int) or not 1 <= k <= E:
        raise ValueError("k must be an integer in [1, E]")
    X = np.asarray(expert_out, dtype=float)
    if X.ndim != 3 or X.shape[:2] != (E, T) or X.shape[2] == 0:
        raise ValueError("expert_out must be E×T×D")
    g = np.exp(L - L.max(axis=1, keepdims=True))
    g /= g.sum(axis=1, keepdims=True)
    order = np.argsort(-L, axis=1, kind="stable")[:, :k]    # stable: equal logits keep the lower expert first
    rows = np.arange(T)[:, None]
    kept = np.zeros_like(g)
    kept[rows, order] = g[rows, order]
    kept /= kept.sum(axis=1, keepdims=True)
    combined = np.einsum("te,etd->td", kept, X)
    load = np.bincount(order[:, 0], minlength=E)
    aux = E * np.sum(load / T * g.mean(axis=0))
    return {"combined": combined, "load": load, "auxLoss": float(aux)}
