import numpy as np


def _lstm(xs, w):
    Wih, Whh = np.asarray(w["Wih"], dtype=float), np.asarray(w["Whh"], dtype=float)
    b = np.asarray(w["bih"], dtype=float) + np.asarray(w["bhh"], dtype=float)
    H = Whh.shape[0] // 4
    if H < 1 or Whh.shape != (4 * H, H) or Wih.shape != (4 * H, xs.shape[1]) or b.shape != (4 * H,):
        raise ValueError("LSTM weights must be Wih 4H×D, Whh 4H×H, biases 4H")
    sig = lambda u: 0.5 * (1 + np.tanh(0.5 * u))
    h, c, out = np.zeros(H), np.zeros(H), []
    for x in xs:
        a = Wih @ x + Whh @ h + b
        i, f, g, o = sig(a[:H]), sig(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), sig(a[3 * H:])  # PyTorch order
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)


def bilstm(x, fwd, bwd):
    xs = np.asarray(x, dtype=float)
    if xs.ndim != 2 or xs.shape[0] == 0 or xs.shape[1] == 0:
        raise ValueError("x must be a non-empty T×D matrix")
    hf = _lstm(xs, fwd)
    hb = _lstm(xs[::-1], bwd)[::-1]  # hb[t]: backward state after reading x_T … x_t
    return {"outputs": np.concatenate([hf, hb], axis=1), "summary": np.concatenate([hf[-1], hb[0]])}
