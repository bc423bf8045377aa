import numpy as np


def _conv(x, w, b, s, p):
    w = np.asarray(w, dtype=float)
    b = np.asarray(b, dtype=float)
    if w.ndim != 4 or w.shape[1] != x.shape[0] or w.shape[2] != w.shape[3] or b.shape != (w.shape[0],):
        raise ValueError("conv weights must be O×C×k×k with an O-vector bias")
    k = w.shape[2]
    xp = np.pad(x, ((0, 0), (p, p), (p, p)))
    Ho, Wo = (xp.shape[1] - k) // s + 1, (xp.shape[2] - k) // s + 1
    if Ho < 1 or Wo < 1:
        raise ValueError("kernel larger than the padded input")
    out = np.tile(b[:, None, None], (1, Ho, Wo))
    for u in range(k):
        for v in range(k):
            out += np.einsum("oc,cij->oij", w[:, :, u, v], xp[:, u:u + s * (Ho - 1) + 1:s, v:v + s * (Wo - 1) + 1:s])
    return out


def _bn(x, params, eps):
    g, beta, mean, var = (np.asarray(a, dtype=float) for a in params) if len(params) == 4 else (None,) * 4
    if g is None or any(a.shape != (x.shape[0],) for a in (g, beta, mean, var)) or (var < 0).any():
        raise ValueError("batch norm needs [gamma, beta, mean, var] per channel")
    return g[:, None, None] * (x - mean[:, None, None]) / np.sqrt(var[:, None, None] + eps) + beta[:, None, None]


def residual_block(x, conv1_w, conv1_b, bn1, conv2_w, conv2_b, bn2, shortcut_w, shortcut_b, bn_s, stride, eps):
    x = np.asarray(x, dtype=float)
    if x.ndim != 3 or 0 in x.shape or not isinstance(stride, int) or stride < 1 or eps < 0:
        raise ValueError("bad input")
    out = np.maximum(0, _bn(_conv(x, conv1_w, conv1_b, stride, 1), bn1, eps))
    out = _bn(_conv(out, conv2_w, conv2_b, 1, 1), bn2, eps)
    projection = stride != 1 or len(conv1_w) != x.shape[0]
    if projection:
        if shortcut_w is None or shortcut_b is None or bn_s is None or np.asarray(shortcut_w).shape[2:] != (1, 1):
            raise ValueError("a 1×1 projection shortcut is required")
        skip = _bn(_conv(x, shortcut_w, shortcut_b, stride, 0), bn_s, eps)
    else:
        if shortcut_w is not None or shortcut_b is not None or bn_s is not None:
            raise ValueError("the identity shortcut takes no weights")
        skip = x
    if skip.shape != out.shape:
        raise ValueError("the two paths have different shapes")
    return np.maximum(0, out + skip)  # add first, then the final ReLU
