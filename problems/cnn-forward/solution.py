import numpy as np


def cnn_forward(x, conv_w, conv_b, fc1_w, fc1_b, fc2_w, fc2_b):
    X = np.asarray(x, dtype=float)
    K = np.asarray(conv_w, dtype=float)
    cb = np.asarray(conv_b, dtype=float)
    W1, b1 = np.asarray(fc1_w, dtype=float), np.asarray(fc1_b, dtype=float)
    W2, b2 = np.asarray(fc2_w, dtype=float), np.asarray(fc2_b, dtype=float)
    if X.ndim != 3 or K.ndim != 4 or K.shape[1] != X.shape[0] or K.shape[2] != K.shape[3] or cb.shape != (K.shape[0],):
        raise ValueError("x must be C×H×W and conv_w O×C×k×k")
    if not all(np.all(np.isfinite(a)) for a in (X, K, cb, W1, b1, W2, b2)):
        raise ValueError("non-finite input")
    O, C, k, _ = K.shape
    Hc, Wc = X.shape[1] - k + 1, X.shape[2] - k + 1
    Hp, Wp = Hc // 2, Wc // 2
    if Hp < 1 or Wp < 1:
        raise ValueError("feature map too small to pool")
    windows = np.lib.stride_tricks.sliding_window_view(X, (k, k), axis=(1, 2))    # C×Hc×Wc×k×k
    fmap = np.maximum(np.einsum("cijuv,ocuv->oij", windows, K) + cb[:, None, None], 0)
    pooled = fmap[:, :2 * Hp, :2 * Wp].reshape(O, Hp, 2, Wp, 2).max(axis=(2, 4))
    flat = pooled.reshape(-1)                                                      # channel, row, column
    if W1.ndim != 2 or W1.shape != (flat.size, b1.size) or W2.ndim != 2 or W2.shape != (b1.size, b2.size):
        raise ValueError("fully connected shapes do not match the flattened features")
    h = np.maximum(flat @ W1 + b1, 0)
    return h @ W2 + b2
