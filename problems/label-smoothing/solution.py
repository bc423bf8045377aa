from typing import TypedDict

import numpy as np


class SmoothedCe(TypedDict):
    smoothed: list[list[float]]
    loss: float
    grad: list[list[float]]


def label_smoothing_ce(logits: list[list[float]], labels: list[int], alpha: float) -> SmoothedCe:
    """Smoothed targets, the mean softmax cross-entropy against them, and its gradient with respect to the logits."""
    N = len(logits)
    if N == 0 or len(labels) != N:
        raise ValueError('one label per row, at least one row')
    K = len(logits[0])
    if K == 0 or any(len(r) != K for r in logits):
        raise ValueError('logits must be N x K')
    if any(not (float(c).is_integer() and 0 <= c < K) for c in labels):
        raise ValueError('labels must be integers in [0, K)')
    if not 0 <= alpha <= 1:
        raise ValueError('alpha must lie in [0, 1]')
    z = np.asarray(logits, dtype=float)
    targets = np.full((N, K), alpha / K)
    targets[np.arange(N), np.asarray(labels, dtype=int)] += 1 - alpha
    shifted = z - z.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -(targets * log_probs).sum() / N
    grad = (np.exp(log_probs) - targets) / N
    return {'smoothed': targets.tolist(), 'loss': float(loss), 'grad': grad.tolist()}
