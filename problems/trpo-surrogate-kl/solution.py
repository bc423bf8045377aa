import math

import numpy as np


def _evaluate(P_old, P, actions, A):
    idx = np.arange(len(A))
    surrogate = float(np.mean(P[idx, actions] / P_old[idx, actions] * A))
    kl = 0.0
    for p_row, q_row in zip(P_old, P):
        for p, q in zip(p_row, q_row):
            if p == 0:
                continue
            kl += math.inf if q == 0 else p * math.log(p / q)
    return surrogate, kl / len(A)


def trpo_check(pi_old, pi_new, actions, adv, delta, max_backtracks):
    n = len(pi_old)
    if n == 0 or len(pi_new) != n or len(actions) != n or len(adv) != n:
        raise ValueError("inputs must describe the same non-empty set of states")
    k = len(pi_old[0])
    P_old, P_new, A = np.asarray(pi_old, dtype=float), np.asarray(pi_new, dtype=float), np.asarray(adv, dtype=float)
    for P in (P_old, P_new):
        if k == 0 or P.shape != (n, k) or np.any(P < 0) or np.any(P > 1) or np.any(np.abs(P.sum(axis=1) - 1) > 1e-9):
            raise ValueError("policy rows must be distributions")
    if any(not (0 <= a < k) or P_old[s, a] <= 0 for s, a in enumerate(actions)) or not np.all(np.isfinite(A)):
        raise ValueError("bad actions or advantages")
    if not (0 < delta < math.inf) or max_backtracks < 0:
        raise ValueError("bad delta or max_backtracks")
    acts = np.asarray(actions)
    surrogate, kl = _evaluate(P_old, P_new, acts, A)
    mean_adv = A.sum() / n
    step = 0.0
    for j in range(max_backtracks + 1):
        f = 0.5 ** j
        s_j, kl_j = _evaluate(P_old, P_old + f * (P_new - P_old), acts, A)
        if kl_j <= delta and s_j > mean_adv:
            step = f
            break
    return {"surrogate": surrogate, "kl": kl, "feasible": int(kl <= delta), "stepFraction": step}
