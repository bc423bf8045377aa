import numpy as np


def monitoring_checks(X_train, preds_train, X_cur, preds_cur, pred_threshold, missing_threshold):
    if len(X_train) == 0 or len(X_cur) == 0 or len(preds_train) == 0 or len(preds_cur) == 0:
        raise ValueError('every input must be non-empty')
    d = len(X_train[0])
    if any(len(row) != d for row in list(X_train) + list(X_cur)):
        raise ValueError('every row must have the same length')
    train = np.asarray(X_train, dtype=float)
    cur = np.asarray(X_cur, dtype=float)
    p_train = np.asarray(preds_train, dtype=float)
    p_cur = np.asarray(preds_cur, dtype=float)
    if np.isnan(train).any() or np.isnan(p_train).any() or np.isnan(p_cur).any():
        raise ValueError('nan in X_train or in the predictions')
    mu, sd = train.mean(axis=0), train.std(axis=0)
    present = ~np.isnan(cur)
    counts = present.sum(axis=0)
    cur_mean = np.where(present, cur, 0.0).sum(axis=0) / np.maximum(counts, 1)
    usable = (sd != 0) & (counts > 0)
    z = np.where(usable, np.abs(cur_mean - mu) / np.where(sd != 0, sd, 1.0), 0.0)
    missing = 1 - counts / len(cur)
    base, now = p_train.mean(), p_cur.mean()
    change = abs(now - base) / abs(base) if base != 0 else abs(now - base)
    return {
        "zScores": z, "drifted": (z > 2).astype(int),
        "predictionRelChange": float(change), "predictionDrift": int(change > pred_threshold),
        "missingRates": missing, "missingFlag": (missing > missing_threshold).astype(int),
    }
