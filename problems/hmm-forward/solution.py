import numpy as np


def hmm_forward(pi, A, B, obs):
    pi, A, B = (np.asarray(a, dtype=float) for a in (pi, A, B))
    K = pi.size
    if K == 0 or A.shape != (K, K) or B.ndim != 2 or B.shape[0] != K or B.shape[1] == 0:
        raise ValueError("shapes: pi K, A K×K, B K×M")
    for dist in [pi, *A, *B]:
        if (dist < 0).any() or abs(dist.sum() - 1) > 1e-9:
            raise ValueError("pi and the rows of A and B must be distributions")
    if any(not isinstance(o, int) or not 0 <= o < B.shape[1] for o in obs):
        raise ValueError("observation out of range")
    log_lik, filtered, alpha = 0.0, [], None
    with np.errstate(invalid="ignore", divide="ignore"):
        for t, o in enumerate(obs):
            a = (pi if t == 0 else alpha @ A) * B[:, o]
            c = a.sum()
            log_lik += np.log(c)           # −inf once an observation is impossible
            alpha = a / c                  # 0/0 = NaN from then on
            filtered.append(alpha)
    return {"logLik": float(-np.inf if np.isnan(log_lik) else log_lik), "filtered": filtered}
