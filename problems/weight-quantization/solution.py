import numpy as np


def quantize(W, s):
    w = np.asarray(W, dtype=float)
    if not (0 < s < np.inf) or not np.isfinite(w).all():
        raise ValueError("s must be > 0 and the weights finite")
    codes = np.rint(w / s) + 0.0        # np.rint rounds halves to even; + 0.0 turns −0 into 0
    dequant = codes * s
    return {"codes": codes.astype(int), "dequant": dequant, "maxErr": float(np.max(np.abs(w - dequant), initial=0.0))}
