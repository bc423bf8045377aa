import numpy as np


def conv2d_backward(x, w, stride, padding, dY):
    X = np.asarray(x, dtype=float)
    Wt = np.asarray(w, dtype=float)
    G = np.asarray(dY, dtype=float)
    if X.ndim != 3 or Wt.ndim != 4 or Wt.shape[1] != X.shape[0]:
        raise ValueError("x must be C×H×W and w O×C×kH×kW with matching C")
    if stride < 1 or padding < 0:
        raise ValueError("bad stride or padding")
    C, H, W = X.shape
    O, _, kH, kW = Wt.shape
    if H + 2 * padding < kH or W + 2 * padding < kW:
        raise ValueError("kernel larger than the padded input")
    Ho, Wo = (H + 2 * padding - kH) // stride + 1, (W + 2 * padding - kW) // stride + 1
    if G.shape != (O, Ho, Wo):
        raise ValueError("dY has the wrong shape")
    Xp = np.pad(X, ((0, 0), (padding, padding), (padding, padding)))
    dXp = np.zeros_like(Xp)
    dW = np.zeros_like(Wt)
    for u in range(kH):
        for v in range(kW):
            rows = slice(u, u + stride * (Ho - 1) + 1, stride)
            cols = slice(v, v + stride * (Wo - 1) + 1, stride)
            patch = Xp[:, rows, cols]                                   # C×Ho×Wo: what w[:, :, u, v] multiplied
            dW[:, :, u, v] = np.einsum("oij,cij->oc", G, patch)
            dXp[:, rows, cols] += np.einsum("oc,oij->cij", Wt[:, :, u, v], G)
    return {"dX": dXp[:, padding:padding + H, padding:padding + W], "dW": dW, "db": G.sum(axis=(1, 2))}
