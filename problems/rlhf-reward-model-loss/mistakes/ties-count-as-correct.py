# expect: wrong_answer
# mistake: counts a tied pair (r_w == r_l) as correctly ranked (>= instead of >)
# caught-by: tied scores
import numpy as np


def reward_model_loss(r_chosen, r_rejected):
    w = np.asarray(r_chosen, dtype=float)
    l = np.asarray(r_rejected, dtype=float)
    if w.size == 0 or w.shape != l.shape or not np.all(np.isfinite(w)) or not np.all(np.isfinite(l)):
        raise ValueError("bad scores")
    delta = w - l
    s = 0.5 * (1.0 + np.tanh(-0.5 * delta))
    return {"loss": float(np.mean(np.logaddexp(0.0, -delta))), "gradChosen": -s / w.size,
            "gradRejected": s / w.size, "accuracy": float(np.mean(delta >= 0))}
