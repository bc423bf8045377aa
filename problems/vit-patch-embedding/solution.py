import numpy as np


def vit_patch_embed(img, patch_size, W, b, cls, pos):
    x = np.asarray(img, dtype=float)
    P = patch_size
    if x.ndim != 3 or 0 in x.shape:
        raise ValueError("img must be a non-empty C×H×W array")
    C, H, Wd = x.shape
    if not isinstance(P, int) or P < 1 or H % P or Wd % P:
        raise ValueError("the patch size must divide H and W")
    E, b, cls, pos = (np.asarray(a, dtype=float) for a in (W, b, cls, pos))
    D, N = E.shape[0], (H // P) * (Wd // P)
    if E.ndim != 2 or D == 0 or E.shape[1] != C * P * P or b.shape != (D,) or cls.shape != (D,) or pos.shape != (N + 1, D):
        raise ValueError("W, b, cls or pos has the wrong shape")
    # C×H×W → (H/P)×(W/P)×C×P×P, so each patch flattens in (channel, row, column) order
    patches = x.reshape(C, H // P, P, Wd // P, P).transpose(1, 3, 0, 2, 4).reshape(N, C * P * P)
    tokens = np.vstack([cls, patches @ E.T + b])
    return tokens + pos
