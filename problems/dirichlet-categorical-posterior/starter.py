from typing import TypedDict


class DirichletPosterior(TypedDict):
    alphaPost: list[float]
    mean: list[float]
    map: list[float]


def dirichlet_categorical(obs: list[int], alpha: list[float]) -> DirichletPosterior:
    """alpha + counts, the posterior mean, and the mode (alpha' - 1) / (sum alpha' - K) where it exists (else all NaN)."""
    # TODO
    return {"alphaPost": list(alpha), "mean": [1 / len(alpha)] * len(alpha), "map": [1 / len(alpha)] * len(alpha)}
