# expect: wrong_answer
# mistake: scores each row by the sum of squared errors instead of their mean over the features
# caught-by: random 1
import numpy as np


def autoencoder_anomaly(Xtrain, Xtest, enc_w, enc_b, dec_w, dec_b, q):
    Xtr = np.asarray(Xtrain, dtype=float)
    if Xtr.ndim != 2 or len(Xtr) == 0 or not 0 <= q <= 100:
        raise ValueError("Xtrain must be a non-empty matrix and q in [0, 100]")
    d = Xtr.shape[1]
    Xte = np.asarray(Xtest, dtype=float).reshape(-1, d) if len(Xtest) else np.zeros((0, d))
    layers = [(np.asarray(W, dtype=float), np.asarray(b, dtype=float)) for W, b in zip(list(enc_w) + list(dec_w), list(enc_b) + list(dec_b))]
    if not enc_w or not dec_w or len(enc_b) != len(enc_w) or len(dec_b) != len(dec_w):
        raise ValueError("need at least one encoder and one decoder layer, one bias each")
    width = d
    for W, b in layers:
        if W.ndim != 2 or W.shape != (width, b.size):
            raise ValueError("layers do not chain")
        width = b.size
    if width != d:
        raise ValueError("the decoder must reconstruct every feature")

    def errors(X):
        A = X
        for l, (W, b) in enumerate(layers):
            Z = A @ W + b
            if l == len(layers) - 1:
                A = 1 / (1 + np.exp(-Z))          # sigmoid output
            elif l == len(enc_w) - 1:
                A = Z                             # linear code layer
            else:
                A = np.maximum(Z, 0)
        return ((X - A) ** 2).sum(axis=1)

    train, test = errors(Xtr), errors(Xte)
    threshold = float(np.percentile(train, q))   # linear interpolation, numpy's default
    return {"trainErrors": train, "testErrors": test, "threshold": threshold, "isAnomaly": (test > threshold).astype(int)}
