import math
from typing import TypedDict

import numpy as np


class ReinforceResult(TypedDict):
    grad: list[list[float]]
    thetaNew: list[list[float]]


def reinforce(theta: list[list[float]], feats: list[list[float]], actions: list[int], rewards: list[float], baseline: list[float], gamma: float, lr: float) -> ReinforceResult:
    """The REINFORCE gradient of one episode for a linear softmax policy, and theta after one ascent step."""
    d = len(theta)
    if d == 0 or len(theta[0]) == 0 or any(len(r) != len(theta[0]) for r in theta):
        raise ValueError('theta must be d x A')
    A = len(theta[0])
    T = len(feats)
    if T == 0 or any(len(f) != d for f in feats):
        raise ValueError('the episode needs steps with d features each')
    if len(actions) != T or len(rewards) != T or len(baseline) != T:
        raise ValueError('one action, reward and baseline per step')
    if any(not (float(a).is_integer() and 0 <= a < A) for a in actions):
        raise ValueError('action out of range')
    th, phi = np.asarray(theta, dtype=float), np.asarray(feats, dtype=float)
    r, b = np.asarray(rewards, dtype=float), np.asarray(baseline, dtype=float)
    if not all(np.isfinite(v).all() for v in (th, phi, r, b)):
        raise ValueError('inputs must be finite')
    if not 0 <= gamma <= 1 or not (lr >= 0 and math.isfinite(lr)):
        raise ValueError('bad gamma or lr')
    G = np.zeros(T)
    running = 0.0
    for t in range(T - 1, -1, -1):
        running = r[t] + gamma * running
        G[t] = running
    logits = phi @ th
    logits -= logits.max(axis=1, keepdims=True)
    pi = np.exp(logits)
    pi /= pi.sum(axis=1, keepdims=True)
    score = -pi
    score[np.arange(T), np.asarray(actions, dtype=int)] += 1.0  # e_a - pi
    grad = phi.T @ (score * (G - b)[:, None])
    return {'grad': grad.tolist(), 'thetaNew': (th + lr * grad).tolist()}
