import numpy as np


def woe_iv(bin_ids, y, n_bins):
    n = len(bin_ids)
    if not isinstance(n_bins, int) or n_bins < 1:
        raise ValueError("n_bins must be a positive integer")
    if n == 0 or len(y) != n:
        raise ValueError("bin_ids and y need the same, non-zero length")
    if any(not isinstance(b, int) or not 0 <= b < n_bins for b in bin_ids):
        raise ValueError("bin ids must be integers in [0, n_bins)")
    if any(v not in (0, 1) for v in y):
        raise ValueError("y must be 0 or 1")
    b, t = np.asarray(bin_ids), np.asarray(y)
    events = np.bincount(b[t == 1], minlength=n_bins)
    non_events = np.bincount(b[t == 0], minlength=n_bins)
    if events.sum() == 0 or non_events.sum() == 0:
        raise ValueError("both events and non-events are needed")
    d_e, d_ne = events / events.sum(), non_events / non_events.sum()
    woe = np.log((d_ne + 1e-4) / (d_e + 1e-4))
    iv = (d_ne - d_e) * woe
    return {"woe": woe, "iv": iv, "totalIv": float(iv.sum())}
