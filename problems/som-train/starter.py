from typing import TypedDict


class Som(TypedDict):
    weights: list[list[float]]
    bmus: list[int]


def som_train(W0: list[list[float]], rows: int, cols: int, inputs: list[list[float]], eta0: float, sigma0: float, tau: float) -> Som:
    """For each input: best-matching unit, then w_j += η(t)·h_j(t)·(x − w_j) with a Gaussian neighbourhood on
    the grid; η and σ decay as exp(−t/τ)."""
    # TODO: the training loop
    return {"weights": [list(w) for w in W0], "bmus": [0] * len(inputs)}
