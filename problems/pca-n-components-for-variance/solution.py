import numpy as np


def components_for_variance(eigenvalues: list[float], tau: float):
    ev = np.asarray(eigenvalues, dtype=float)
    if len(ev) == 0 or not np.all(np.isfinite(ev)) or np.any(ev < 0):
        raise ValueError("eigenvalues must be finite and >= 0")
    if np.any(np.diff(ev) > 0):
        raise ValueError("eigenvalues must be in non-increasing order")
    if ev.sum() == 0 or not (0 < tau < 1):
        raise ValueError("zero total variance or tau outside (0, 1)")
    ratios = ev / ev.sum()
    cumulative = np.cumsum(ratios)

    def first(mask):
        hits = np.nonzero(mask)[0]
        return int(hits[0]) + 1 if len(hits) else len(ev)   # never the argmax-of-all-false trap

    return {"ratios": ratios, "cumulative": cumulative, "countAtLeast": first(cumulative >= tau), "countAbove": first(cumulative > tau)}
