from typing import TypedDict


class LowRank(TypedDict):
    U: list[list[float]]
    S: list[float]
    V: list[list[float]]
    Ak: list[list[float]]
    frobError: float


def svd_low_rank(A: list[list[float]], k: int) -> LowRank:
    """Top-k singular triplets (U m×k, S, V n×k), the rank-k reconstruction and ‖A − A_k‖_F."""
    # TODO
    m, n = len(A), len(A[0])
    return {"U": [[0.0] * k for _ in range(m)], "S": [0.0] * k, "V": [[0.0] * k for _ in range(n)], "Ak": [[0.0] * n for _ in range(m)], "frobError": 0.0}
