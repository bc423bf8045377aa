import numpy as np


def ensemble_vote(probas: list[list[list[float]]]):
    if len(probas) == 0:
        raise ValueError("at least one estimator is needed")
    n = len(probas[0])
    if n == 0:
        if any(len(p) != 0 for p in probas):
            raise ValueError("estimators disagree on the number of rows")
        return {"votes": [], "hard": [], "avgProba": [], "soft": []}
    K = len(probas[0][0])
    if K == 0 or any(len(p) != n or any(len(r) != K for r in p) for p in probas):
        raise ValueError("every estimator needs n rows of K probabilities")
    P = np.asarray(probas, dtype=float)                 # M × n × K
    if not np.all(np.isfinite(P)):
        raise ValueError("probabilities must be finite")
    own = P.argmax(2)                                   # each estimator's vote (lowest class on ties)
    votes = np.stack([(own == k).sum(0) for k in range(K)], 1)
    avg = P.mean(0)
    return {"votes": votes, "hard": votes.argmax(1), "avgProba": avg, "soft": avg.argmax(1)}
