# expect: wrong_answer
# mistake: sums p·log(p/q) over every action with numpy, so an action the old policy never takes gives 0·(−inf) = NaN
# caught-by: zero-probability actions
import numpy as np


def trpo_check(pi_old, pi_new, actions, adv, delta, max_backtracks):
    P_old, P_new, A = np.asarray(pi_old, dtype=float), np.asarray(pi_new, dtype=float), np.asarray(adv, dtype=float)
    if P_old.shape != P_new.shape or len(actions) != len(A) or delta <= 0:
        raise ValueError("bad input")
    idx, acts = np.arange(len(A)), np.asarray(actions)

    def evaluate(P):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.mean(P[idx, acts] / P_old[idx, acts] * A), np.mean(np.sum(P_old * np.log(P_old / P), axis=1))

    surrogate, kl = evaluate(P_new)
    step = 0.0
    for j in range(max_backtracks + 1):
        s_j, kl_j = evaluate(P_old + 0.5 ** j * (P_new - P_old))
        if kl_j <= delta and s_j > A.mean():
            step = 0.5 ** j
            break
    return {"surrogate": surrogate, "kl": kl, "feasible": int(kl <= delta), "stepFraction": step}
