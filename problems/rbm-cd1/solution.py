import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def rbm_cd1(v0, W, a, b, uH, uV, lr):
    V0, Wm = np.asarray(v0, dtype=float), np.asarray(W, dtype=float)
    av, bv = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    UH, UV = np.asarray(uH, dtype=float), np.asarray(uV, dtype=float)
    m = len(V0)
    if m == 0 or av.size == 0 or bv.size == 0 or Wm.shape != (av.size, bv.size) or V0.shape != (m, av.size):
        raise ValueError("shapes do not match")
    if not np.all((V0 == 0) | (V0 == 1)):
        raise ValueError("v0 must be binary")
    if UH.shape != (m, bv.size) or UV.shape != V0.shape or np.any(UH < 0) or np.any(UH >= 1) or np.any(UV < 0) or np.any(UV >= 1) or lr < 0:
        raise ValueError("bad uniforms or lr")
    pre0 = V0 @ Wm + bv
    ph0 = _sigmoid(pre0)
    h0 = (UH < ph0).astype(float)
    v1 = (UV < _sigmoid(h0 @ Wm.T + av)).astype(float)
    ph1 = _sigmoid(v1 @ Wm + bv)
    energy = -(V0 @ av) - np.sum(h0 * pre0, axis=1)          # −aᵀv − bᵀh − vᵀWh
    free_energy = -(V0 @ av) - np.sum(np.logaddexp(0, pre0), axis=1)
    return {
        "W": Wm + lr / m * (V0.T @ ph0 - v1.T @ ph1),
        "a": av + lr * np.mean(V0 - v1, axis=0),
        "b": bv + lr * np.mean(ph0 - ph1, axis=0),
        "energy": energy,
        "freeEnergy": free_energy,
    }
