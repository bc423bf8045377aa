from typing import Literal


def td_updates(kind: Literal['td0', 'sarsa', 'qlearning'], table: list[list[float]], transitions: list[list[float]], alpha: float, gamma: float) -> list[list[float]]:
    """The table after applying the chosen TD update to every transition [s, a, r, s', a', done] in order."""
    # TODO: for each transition, move the entry towards r + gamma * (bootstrap) with step alpha
    return [list(row) for row in table]
