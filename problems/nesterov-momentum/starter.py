import numpy as np


def nesterov(A: list[list[float]], b: list[float], w0: list[float], lr: float, beta: float, steps: int) -> list[list[float]]:
    """The iterates w_1..w_T of Nesterov's accelerated gradient on 1/2 w^T A w - b^T w."""
    # TODO: gradient at the look-ahead point w + beta * v, then update v and w
    return [list(w0) for _ in range(int(steps))]
