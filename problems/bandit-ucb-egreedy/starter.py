from typing import TypedDict


class BanditRun(TypedDict):
    ucbActions: list[int]
    ucbTotal: float
    egActions: list[int]
    egTotal: float


def bandit_simulate(rewards: list[list[float]], c: float, eps: float, uniforms: list[list[float]]) -> BanditRun:
    """The arms UCB1 and epsilon-greedy pull in every round of the reward table, and the rewards they collect."""
    # TODO: simulate UCB1 and epsilon-greedy with running means, ties to the lowest arm
    return {'ucbActions': [0] * len(rewards), 'ucbTotal': 0.0, 'egActions': [0] * len(rewards), 'egTotal': 0.0}
