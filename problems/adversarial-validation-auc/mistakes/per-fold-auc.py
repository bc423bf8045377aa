# expect: wrong_answer
# mistake: averages the AUC of each fold (skipping one-label folds) instead of pooling the out-of-fold scores
# caught-by: random 1
import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _auc(s, y):
    pos, neg = s[y == 1], np.sort(s[y == 0])
    lo, hi = np.searchsorted(neg, pos, "left"), np.searchsorted(neg, pos, "right")
    return (lo + 0.5 * (hi - lo)).sum() / (len(pos) * len(neg))


def adversarial_validation(X_train, X_test, folds, lr, n_iters, auc_threshold):
    if len(X_train) == 0 or len(X_test) == 0:
        raise ValueError("empty")
    X = np.asarray(list(X_train) + list(X_test), dtype=float)
    F = np.asarray(folds)
    K = int(F.max()) + 1
    if F.shape != (len(X),) or K < 2 or len(set(F.tolist())) != K or not (lr > 0) or n_iters < 0:
        raise ValueError("bad input")
    y = np.r_[np.zeros(len(X_train)), np.ones(len(X_test))]
    scores = np.zeros(len(X))
    for f in range(K):
        tr = F != f
        w, b = np.zeros(X.shape[1]), 0.0
        for _ in range(n_iters):
            r = _sigmoid(X[tr] @ w + b) - y[tr]
            w, b = w - lr * (X[tr].T @ r) / tr.sum(), b - lr * r.mean()
        scores[~tr] = _sigmoid(X[~tr] @ w + b)
    aucs = [_auc(scores[F == f], y[F == f]) for f in range(K) if 0 < y[F == f].sum() < (F == f).sum()]
    auc = float(np.mean(aucs))
    pred = (scores > 0.5).astype(float)
    return {"oofScores": scores, "auc": auc, "foldAccuracy": [float(np.mean(pred[F == f] == y[F == f])) for f in range(K)],
            "shift": int(auc > auc_threshold)}
