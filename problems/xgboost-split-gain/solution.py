import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def xgb_best_split(x: list[float], y: list[int], F: list[float], lam: float, gamma: float, eta: float):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    F = np.asarray(F, dtype=float)
    n = len(x)
    if n == 0 or len(y) != n or len(F) != n:
        raise ValueError("x, y and F must be non-empty and of one length")
    if not np.all((y == 0) | (y == 1)) or not np.all(np.isfinite(x)) or not np.all(np.abs(F) <= 700):
        raise ValueError("bad inputs")
    if not (lam >= 0) or not (gamma >= 0) or not (eta > 0) or not np.isfinite(lam + gamma + eta):
        raise ValueError("bad hyper-parameters")
    # 1 − p as σ(−F): saturated scores keep their precision
    g = np.where(y == 1, -_sigmoid(-F), _sigmoid(F))
    h = _sigmoid(F) * _sigmoid(-F)
    G, H = g.sum(), h.sum()
    order = np.argsort(x, kind="stable")
    xs, GL, HL = x[order], np.cumsum(g[order])[:-1], np.cumsum(h[order])[:-1]
    ok = xs[:-1] != xs[1:]
    score = lambda gs, hs: gs ** 2 / (hs + lam)
    gain = np.where(ok, 0.5 * (score(GL, HL) + score(G - GL, H - HL) - score(G, H)) - gamma, -np.inf)
    if not ok.any() or not gain.max() > 0:
        w = -G / (H + lam)
        return {"threshold": float("nan"), "gain": 0.0, "leftWeight": w, "rightWeight": w, "newF": F + eta * w}
    best = gain.max()
    k = int(np.argmax(gain >= best - 1e-12 * best))       # lowest threshold among (relative) ties
    t = (xs[k] + xs[k + 1]) / 2
    wl, wr = -GL[k] / (HL[k] + lam), -(G - GL[k]) / (H - HL[k] + lam)
    return {"threshold": float(t), "gain": float(gain[k]), "leftWeight": float(wl), "rightWeight": float(wr),
            "newF": F + eta * np.where(x <= t, wl, wr)}
