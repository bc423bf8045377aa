from typing import TypedDict


class TsneAffinities(TypedDict):
    P: list[list[float]]
    Q: list[list[float]]
    kl: float


def tsne_objective(X: list[list[float]], sigmas: list[float], Y: list[list[float]]) -> TsneAffinities:
    """Symmetrised Gaussian affinities P (per-point bandwidths), Student-t affinities Q, and KL(P‖Q)."""
    # TODO
    n = len(X)
    u = [[0.0 if i == j else 1.0 / (n * (n - 1)) for j in range(n)] for i in range(n)]
    return {"P": u, "Q": u, "kl": 0.0}
