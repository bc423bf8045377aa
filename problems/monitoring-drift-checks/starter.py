from typing import TypedDict

import numpy as np


class MonitoringReport(TypedDict):
    zScores: list[float]
    drifted: list[int]
    predictionRelChange: float
    predictionDrift: int
    missingRates: list[float]
    missingFlag: list[int]


def monitoring_checks(X_train: list[list[float]], preds_train: list[float], X_cur: list[list[float]], preds_cur: list[float],
                      pred_threshold: float, missing_threshold: float) -> MonitoringReport:
    """Mean-shift z-scores of X_cur (nan ignored) against X_train's mean and population std (flag z > 2),
    the relative change of the mean prediction (flag above pred_threshold) and missing rates (flag above
    missing_threshold). Flags are 0/1.

    Raise ValueError for empty inputs, ragged rows, or nan in X_train or the predictions.
    """
    # TODO: per-feature statistics; nan-aware current means
    d = len(X_train[0]) if X_train else 0
    return {"zScores": [0.0] * d, "drifted": [0] * d, "predictionRelChange": 0.0, "predictionDrift": 0,
            "missingRates": [0.0] * d, "missingFlag": [0] * d}
