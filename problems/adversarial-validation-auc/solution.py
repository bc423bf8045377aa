import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def adversarial_validation(X_train, X_test, folds, lr, n_iters, auc_threshold):
    if len(X_train) == 0 or len(X_test) == 0:
        raise ValueError("both sets must be non-empty")
    X = np.asarray(list(X_train) + list(X_test), dtype=float)
    if X.ndim != 2 or X.shape[1] == 0 or not np.all(np.isfinite(X)):
        raise ValueError("rows must have the same number of finite features")
    F = np.asarray(folds)
    if F.shape != (len(X),) or np.any(F < 0):
        raise ValueError("one fold id per row")
    K = int(F.max()) + 1
    if K < 2 or len(set(F.tolist())) != K or not (lr > 0) or n_iters < 0 or not (0 <= auc_threshold <= 1):
        raise ValueError("bad folds or parameters")
    y = np.r_[np.zeros(len(X_train)), np.ones(len(X_test))]
    scores = np.zeros(len(X))
    for f in range(K):
        tr = F != f
        A, t = X[tr], y[tr]
        w, b = np.zeros(X.shape[1]), 0.0
        for _ in range(n_iters):
            r = _sigmoid(A @ w + b) - t
            w, b = w - lr * (A.T @ r) / len(t), b - lr * r.mean()
        scores[~tr] = _sigmoid(X[~tr] @ w + b)
    pos, neg = scores[y == 1], np.sort(scores[y == 0])
    wins = np.searchsorted(neg, pos, "left") + 0.5 * (np.searchsorted(neg, pos, "right") - np.searchsorted(neg, pos, "left"))
    auc = wins.sum() / (len(pos) * len(neg))
    pred = (scores > 0.5).astype(float)
    acc = [float(np.mean(pred[F == f] == y[F == f])) for f in range(K)]
    return {"oofScores": scores, "auc": float(auc), "foldAccuracy": acc, "shift": int(auc > auc_threshold)}
