from typing import TypedDict


class MarkovResult(TypedDict):
    stationary: list[float]
    nStep: list[float]


def markov_stationary(P: list[list[float]], init: list[float], steps: int) -> MarkovResult:
    """The stationary distribution (pi P = pi, sum 1) and the distribution after `steps` steps from init."""
    # TODO
    return {"stationary": list(init), "nStep": list(init)}
