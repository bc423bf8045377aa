from typing import TypedDict


class McValues(TypedDict):
    firstVisit: list[float]
    everyVisit: list[float]


def mc_value(episodes: list[list[list[float]]], num_states: int, gamma: float) -> McValues:
    """First-visit and every-visit Monte Carlo estimates of V(s) (NaN for states never visited)."""
    # TODO: returns per episode (backward pass), then average them per state, first visits only or every visit
    return {'firstVisit': [0.0] * int(num_states), 'everyVisit': [0.0] * int(num_states)}
