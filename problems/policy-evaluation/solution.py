import numpy as np


def policy_evaluation(P: list[list[list[float]]], R: list[list[float]], pi: list[list[float]], gamma: float) -> list[float]:
    """V^pi, the solution of (I - gamma P_pi) V = r_pi."""
    S = len(P)
    if S == 0 or len(P[0]) == 0:
        raise ValueError('the MDP needs states and actions')
    A = len(P[0])
    shapes_ok = len(R) == S and len(pi) == S and all(len(r) == A for r in R) and all(len(r) == A for r in pi)
    if not shapes_ok or any(len(a) != A for a in P) or any(len(row) != S for a in P for row in a):
        raise ValueError('P must be S x A x S, R and pi S x A')
    Pa, Ra, pa = (np.asarray(v, dtype=float) for v in (P, R, pi))
    for dist in (Pa, pa):
        if not (dist >= 0).all() or np.abs(dist.sum(axis=-1) - 1).max() > 1e-9:
            raise ValueError('probabilities must be non-negative and sum to 1')
    if not np.isfinite(Ra).all() or not 0 <= gamma < 1:
        raise ValueError('rewards must be finite and gamma in [0, 1)')
    P_pi = np.einsum('sa,sat->st', pa, Pa)
    r_pi = (pa * Ra).sum(axis=1)
    return np.linalg.solve(np.eye(S) - gamma * P_pi, r_pi).tolist()
