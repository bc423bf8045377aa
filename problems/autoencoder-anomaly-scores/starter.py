from typing import TypedDict

import numpy as np


class AnomalyScores(TypedDict):
    trainErrors: list[float]
    testErrors: list[float]
    threshold: float
    isAnomaly: list[int]


def autoencoder_anomaly(
    Xtrain: list[list[float]], Xtest: list[list[float]], enc_w: list[list[list[float]]], enc_b: list[list[float]],
    dec_w: list[list[list[float]]], dec_b: list[list[float]], q: float,
) -> AnomalyScores:
    """Reconstruction MSE of every row, the q-th percentile of the training errors, and 1 where a test error is above it."""
    # TODO: encoder (ReLU, linear code), decoder (ReLU, sigmoid output), per-row MSE, np.percentile, strict >
    return {"trainErrors": [0.0] * len(Xtrain), "testErrors": [0.0] * len(Xtest), "threshold": 0.0, "isAnomaly": [0] * len(Xtest)}
