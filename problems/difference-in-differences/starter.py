from typing import TypedDict


class DiD(TypedDict):
    did: float
    beta: list[float]


def diff_in_diff(y: list[float], treated: list[int], post: list[int]) -> DiD:
    """The DiD of the four cell means and the saturated regression's coefficients [alpha, beta1, beta2, beta3]."""
    # TODO
    return {"did": 0.0, "beta": [0.0, 0.0, 0.0, 0.0]}
