import numpy as np


def mlm_loss(logits, targets, masked):
    T = len(logits)
    if len(targets) != T or len(masked) != T:
        raise ValueError("one target and one flag per position")
    if any(m not in (0, 1) for m in masked):
        raise ValueError("masked must hold 0/1 flags")
    if T == 0:
        return {"sum": 0.0, "mean": 0.0}
    Z = np.asarray(logits, dtype=float)
    if Z.ndim != 2 or Z.shape[1] == 0 or not np.isfinite(Z).all():
        raise ValueError("logits must be a finite T×V matrix")
    t = np.asarray(targets)
    if (t != np.round(t)).any() or (t < 0).any() or (t >= Z.shape[1]).any():
        raise ValueError("target out of range")
    sel = np.asarray(masked) == 1
    Zm, tm = Z[sel], t[sel].astype(int)
    if Zm.shape[0] == 0:
        return {"sum": 0.0, "mean": 0.0}
    m = Zm.max(axis=1, keepdims=True)
    nll = m[:, 0] + np.log(np.exp(Zm - m).sum(axis=1)) - Zm[np.arange(len(tm)), tm]
    return {"sum": float(nll.sum()), "mean": float(nll.mean())}
