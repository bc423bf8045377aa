import math
from typing import TypedDict

import numpy as np


class DqnLoss(TypedDict):
    targets: list[float]
    doubleTargets: list[float]
    loss: float
    dQ: list[list[float]]


def dqn_loss(q_online: list[list[float]], q_next_target: list[list[float]], q_next_online: list[list[float]], actions: list[int], rewards: list[float], dones: list[int], gamma: float) -> DqnLoss:
    """DQN and Double-DQN targets, the mean squared TD error on the taken actions, and its gradient."""
    N = len(q_online)
    if N == 0 or len(q_online[0]) == 0:
        raise ValueError('empty batch')
    A = len(q_online[0])
    mats = []
    for m in (q_online, q_next_target, q_next_online):
        if len(m) != N or any(len(r) != A for r in m):
            raise ValueError('the Q matrices must all be N x A')
        arr = np.asarray(m, dtype=float)
        if not np.isfinite(arr).all():
            raise ValueError('Q values must be finite')
        mats.append(arr)
    Q, Qt, Qo = mats
    if len(actions) != N or len(rewards) != N or len(dones) != N:
        raise ValueError('one action, reward and done flag per sample')
    if any(not (float(a).is_integer() and 0 <= a < A) for a in actions):
        raise ValueError('action out of range')
    if any(not math.isfinite(r) for r in rewards) or any(d not in (0, 1) for d in dones) or not 0 <= gamma <= 1:
        raise ValueError('bad reward, done flag or gamma')
    a = np.asarray(actions, dtype=int)
    r, live = np.asarray(rewards, dtype=float), 1 - np.asarray(dones, dtype=float)
    rows = np.arange(N)
    targets = r + gamma * live * Qt.max(axis=1)
    double = r + gamma * live * Qt[rows, Qo.argmax(axis=1)]  # argmax takes the first of tied actions
    err = Q[rows, a] - targets
    dQ = np.zeros_like(Q)
    dQ[rows, a] = 2 * err / N
    return {'targets': targets.tolist(), 'doubleTargets': double.tolist(), 'loss': float(np.mean(err ** 2)), 'dQ': dQ.tolist()}
