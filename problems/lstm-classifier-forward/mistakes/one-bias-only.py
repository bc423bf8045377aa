# expect: wrong_answer
# mistake: adds only the input bias b_ih; PyTorch's LSTM adds both b_ih and b_hh
# caught-by: random 1
import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))   # = 1 / (1 + e^(-z)), without overflow


def lstm_classifier(tokens, E, Wih, Whh, bih, bhh, Wfc, bfc):
    ids = np.asarray(tokens)
    E, Wih, Whh = np.asarray(E, dtype=float), np.asarray(Wih, dtype=float), np.asarray(Whh, dtype=float)
    b = np.asarray(bih, dtype=float) + np.asarray(bhh, dtype=float)
    Wfc, bfc = np.asarray(Wfc, dtype=float), np.asarray(bfc, dtype=float)
    V, D = E.shape
    H = Whh.shape[1]
    if Wih.shape != (4 * H, D) or Whh.shape != (4 * H, H) or b.shape != (4 * H,) or Wfc.shape != (bfc.size, H):
        raise ValueError("weight shapes do not match")
    if ids.ndim != 2 or ids.size == 0 or not np.all((ids >= 0) & (ids < V) & (ids == np.floor(ids))):
        raise ValueError("tokens must be a non-empty B×T matrix of ids in 0..V-1")
    ids = ids.astype(int)
    B, T = ids.shape
    h, c = np.zeros((B, H)), np.zeros((B, H))
    for t in range(T):
        a = E[ids[:, t]] @ Wih.T + h @ Whh.T + np.asarray(bih, dtype=float)   # B × 4H, blocks i, f, g, o
        i, f, g, o = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])
        c = f * c + i * g
        h = o * np.tanh(c)
    return {"logits": h @ Wfc.T + bfc, "hT": h, "cT": c}
