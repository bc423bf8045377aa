import numpy as np


def regression_metrics(y_true, y_pred):
    if len(y_true) == 0 or len(y_true) != len(y_pred):
        raise ValueError('two non-empty arrays of the same length are needed')
    y = np.asarray(y_true, dtype=float)
    err = y - np.asarray(y_pred, dtype=float)
    sse = float(err @ err)
    sst = float(((y - y.mean()) ** 2).sum())
    mse = sse / len(y)
    r2 = (1.0 if sse == 0 else 0.0) if sst == 0 else 1 - sse / sst
    mape = 100 * float(np.mean(np.abs(err) / np.maximum(np.abs(y), np.finfo(float).eps)))
    return {"mse": mse, "rmse": mse ** 0.5, "mae": float(np.abs(err).mean()), "r2": r2, "mape": mape}
